// Error summary (GOV.UK / DADS pattern): after a submit that failed, move focus to the
// summary so screen readers read it first; a link in it moves focus to its field (and
// scrolls its label into view). Without JavaScript the links still jump to the field.
(function () {
  "use strict";

  function focusSummary() {
    var summary = document.querySelector("[data-k-error-summary]");
    if (summary) summary.focus();
  }

  document.addEventListener("click", function (evt) {
    var link = evt.target.closest ? evt.target.closest("[data-k-error-summary] a[href^='#']") : null;
    if (!link) return;
    var input = document.getElementById(link.getAttribute("href").slice(1));
    if (!input) return;
    evt.preventDefault();
    var label = document.querySelector("label[for='" + input.id + "']");
    var legend = input.closest("fieldset") ? input.closest("fieldset").querySelector("legend") : null;
    (legend || label || input).scrollIntoView();
    input.focus({ preventScroll: true });
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusSummary);
  } else {
    focusSummary();
  }
})();
