// "Who has already done it" on a practice page: the page comes from a shared cache, so the
// ranking for this visitor (their comune, the contacts they may see, the consulting button)
// is fetched from the peers view and put in place. Without this file the form and the link
// open the same list as a page of its own.

const PARTIAL = "parziale";

async function load(results, params) {
  const url = new URL(results.dataset.url, window.location.origin);
  for (const [name, value] of params) url.searchParams.set(name, value);
  url.searchParams.set(PARTIAL, "1");
  try {
    const response = await fetch(url, { headers: { Accept: "text/html" }, credentials: "same-origin" });
    // A 400 carries a readable message about the comune typed: show it like a list.
    if (!response.ok && response.status !== 400) return;
    const html = await response.text();
    const template = document.createElement("template");
    template.innerHTML = html;
    results.replaceChildren(template.content);
  } catch {
    // The link already in place still leads to the list.
  }
}

document.querySelectorAll("[data-peers-results]").forEach((results) => {
  const form = results.parentElement.querySelector("[data-peers-form]");
  load(results, []);
  form?.addEventListener("submit", (event) => {
    event.preventDefault();
    load(results, new FormData(form));
  });
});
