// Sends the device's local date with the check-in, so "today" is the patient's today.
(function () {
  var field = document.querySelector("input[data-local-date]");
  if (!field || field.value) return;
  var now = new Date();
  var pad = function (n) { return String(n).padStart(2, "0"); };
  field.value = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
})();
