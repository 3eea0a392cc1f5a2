// Kokugai: the little glue htmx needs. Every page works without it (forms post normally);
// with it, htmx requests that fail show the server's {"code","message"} to the user.
(function () {
  "use strict";

  function announce(target, text, isError) {
    if (!target) return;
    target.textContent = "";
    var p = document.createElement("p");
    p.className = "k-notice" + (isError ? " k-notice--error" : "");
    if (isError) p.setAttribute("role", "alert");
    p.textContent = text;
    target.appendChild(p);
  }

  document.addEventListener("htmx:responseError", function (evt) {
    var xhr = evt.detail.xhr;
    var text = xhr.statusText || String(xhr.status);
    try {
      var body = JSON.parse(xhr.responseText);
      if (body && body.message) text = body.message + " (" + body.code + ")";
    } catch (e) {
      // Not JSON (e.g. a proxy error page): the status text is all we have.
    }
    var elt = evt.detail.elt;
    var box = (elt && elt.closest("[data-k-errors]")) || null;
    var target = box ? document.getElementById(box.getAttribute("data-k-errors")) : null;
    announce(target || document.getElementById("k-live"), text, true);
  });

  document.addEventListener("htmx:sendError", function () {
    var live = document.getElementById("k-live");
    var msg = live ? live.getAttribute("data-offline") : null;
    announce(live, msg || "Network error", true);
  });
})();

// Office picker: a result button fills the code field instead of reloading the form.
document.addEventListener("click", function (evt) {
  var btn = evt.target.closest ? evt.target.closest("[data-k-pick]") : null;
  if (!btn) return;
  var input = document.getElementById("id_" + btn.getAttribute("data-k-pick"));
  if (!input) return;
  evt.preventDefault();
  input.value = btn.value;
  var shown = document.getElementById(btn.getAttribute("data-k-pick") + "-selected");
  if (shown) shown.textContent = (shown.getAttribute("data-label") || "✓ ") + btn.getAttribute("data-k-name");
  input.focus();
});

// "Print" buttons: hidden without JavaScript, shown and wired here (no inline script: the
// Content-Security-Policy allows scripts from our static files only).
document.querySelectorAll("[data-k-print]").forEach(function (b) {
  b.hidden = false;
  b.addEventListener("click", function () { window.print(); });
});

// Planner (formerly an inline script; the CSP allows only static scripts).
// Ask only what applies: a group marked data-k-when="field:value,value" is shown only while
// that field has one of the values. Without JavaScript every group stays visible.
(function () {
  var form = document.querySelector("form.k-form");
  if (!form) { return; }
  function valueOf(name) {
    var els = form.querySelectorAll('[name="' + name + '"]');
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      if (el.type === "radio") { if (el.checked) { return el.value; } }
      else { return el.value; }
    }
    return "";
  }
  function update() {
    form.querySelectorAll("[data-k-when]").forEach(function (g) {
      var rule = g.getAttribute("data-k-when").split(":");
      g.hidden = rule[1].split(",").indexOf(valueOf(rule[0])) < 0;
    });
  }
  form.addEventListener("change", update);
  update();
})();
