// htmx requests carry Django's CSRF token.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  if (token) {
    event.detail.headers["X-CSRFToken"] = token.content;
  }
});

// A long list's filters sent in place (www/lists.py): the empty ones are left out, so the
// address pushed into the history is the same short one the server writes in its links.
document.addEventListener("htmx:configRequest", function (event) {
  var form = event.detail.elt;
  if (!form.classList || !form.classList.contains("vmv-list-controls")) {
    return;
  }
  var data = event.detail.formData;
  if (!data) {
    return;
  }
  Array.from(new Set(data.keys())).forEach(function (key) {
    if (data.getAll(key).every(function (value) { return value === ""; })) {
      data.delete(key);
    }
  });
});
