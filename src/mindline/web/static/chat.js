// Streams the companion's reply over the API's server-sent events. Without this script the
// form posts normally and the page reloads with the reply.
(function () {
  var form = document.getElementById("chat-form");
  if (!form || !window.fetch || !window.TextDecoder) return;
  var list = document.getElementById("messages");
  var status = document.getElementById("chat-status");
  var textarea = form.querySelector("textarea[name=text]");
  var csrf = document.querySelector("meta[name=csrf-token]").content;
  var base = "/api/v1/patients/" + form.dataset.patientId;
  var headers = { "Content-Type": "application/json", "X-CSRF-Token": csrf };

  function bubble(kind, who, text) {
    var li = document.createElement("li");
    li.className = "msg " + kind;
    var name = document.createElement("p");
    name.className = "who";
    name.textContent = who;
    var body = document.createElement("div");
    body.className = "text";
    body.textContent = text;
    li.appendChild(name);
    li.appendChild(body);
    var empty = list.querySelector(".empty-chat");
    if (empty) empty.remove();
    list.appendChild(li);
    li.scrollIntoView({ block: "end" });
    return body;
  }

  function conversationId() {
    if (form.dataset.conversationId) return Promise.resolve(form.dataset.conversationId);
    return fetch(base + "/conversations", { method: "POST", headers: headers, body: "{}" })
      .then(function (r) { if (!r.ok) throw new Error("start"); return r.json(); })
      .then(function (c) { form.dataset.conversationId = c.id; return c.id; });
  }

  // Replace the list with the server's rendering: share buttons, exercise cards, crisis lines.
  function refresh() {
    return fetch("/chat", { headers: { Accept: "text/html" } })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("messages");
        if (fresh) { list.replaceWith(fresh); list = fresh; }
        var last = list.lastElementChild;
        if (last) last.scrollIntoView({ block: "end" });
      });
  }

  function stream(response, target) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = "";
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) return;
        buffer += decoder.decode(chunk.value, { stream: true });
        var events = buffer.split("\n\n");
        buffer = events.pop();
        events.forEach(function (raw) {
          var name = (raw.match(/^event: (.*)$/m) || [])[1];
          var data = (raw.match(/^data: (.*)$/m) || [])[1];
          if (name === "delta" && data) target.textContent += JSON.parse(data).text;
        });
        return pump();
      });
    }
    return pump();
  }

  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (submitter && submitter.name === "new") return; // a new conversation: plain POST
    var text = textarea.value.trim();
    if (!text) return; // let the server explain
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    status.textContent = "Sending…";
    var sent = false;
    conversationId()
      .then(function (id) {
        sent = true;
        return fetch(base + "/conversations/" + id + "/messages?stream=true", {
          method: "POST",
          headers: Object.assign({ Accept: "text/event-stream" }, headers),
          body: JSON.stringify({ text: text }),
        });
      })
      .then(function (response) {
        if (!response.ok) {
          return response.json().then(function (body) {
            throw new Error(body.error ? body.error.message : "The message was not sent.");
          });
        }
        bubble("mine", "You", text);
        textarea.value = "";
        status.textContent = "The companion is replying…";
        var target = bubble("theirs", "Companion (AI)", "");
        return stream(response, target).then(refresh);
      })
      .then(function () { status.textContent = ""; })
      .catch(function (error) {
        if (!sent) { form.submit(); return; } // nothing reached the server: post the form
        status.textContent = error.message;
      })
      .finally(function () { button.disabled = false; textarea.focus(); });
  });
})();
