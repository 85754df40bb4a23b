// School staff's check-in: a new meeting chosen shows its list at once; htmx refusals are shown in
// the row; after a tap the focus stays on the person's button. The page works without this file.

document.querySelectorAll("[data-checkin-meeting]").forEach((select) => {
  select.addEventListener("change", () => select.form?.requestSubmit());
});

// htmx leaves 4xx answers unswapped; a row answers 400 with the reason written inside it.
document.addEventListener("htmx:beforeSwap", (event) => {
  const status = event.detail.xhr.status;
  if (status >= 400 && status < 500 && event.detail.requestConfig?.elt?.closest("[data-checkin-row]")) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

document.addEventListener("htmx:afterSwap", (event) => {
  const target = event.detail.target;
  if (!target?.id?.startsWith("iscrizione-")) return;
  document.getElementById(target.id)?.querySelector("[data-checkin-toggle]")?.focus();
});
