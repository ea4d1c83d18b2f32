// After htmx swaps an alert card, move focus to it so keyboard and screen-reader users
// hear the new status instead of losing their place.
document.body.addEventListener("htmx:afterSwap", function (event) {
  var card = event.detail.target && document.getElementById(event.detail.target.id);
  if (card) card.focus();
});
