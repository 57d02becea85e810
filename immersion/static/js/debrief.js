// The debrief board: each panel polls its fragment URL (data-hx-trigger="every …s").
// A poll waits while the user is typing or choosing in one of the panel's fields (a new group's
// title, a quote's group), and while the page is not visible.
document.addEventListener("htmx:beforeRequest", function (event) {
  var panel = event.detail.elt;
  if (!panel || !panel.hasAttribute || !panel.hasAttribute("data-poll")) {
    return;
  }
  if (document.visibilityState === "hidden") {
    event.preventDefault();
    return;
  }
  var active = document.activeElement;
  if (active && panel.contains(active) && active.matches("input, select, textarea")) {
    event.preventDefault();
  }
});
