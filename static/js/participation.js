// Participation pages: comune suggestions while typing, "near me" from the browser's position,
// and htmx refinements (refusals swapped into the support box, focus kept after a swap).
// Every form works without this file; it only makes them quicker to use.

const SUGGEST_DELAY_MS = 250;
const COORDINATE_DIGITS = 5;

function suggestComuni(input) {
  const list = document.getElementById(input.getAttribute("list"));
  if (!list) return;
  let timer = null;
  let controller = null;
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2 || /\([A-Za-z]{2}\)$/.test(text)) return;
    timer = window.setTimeout(async () => {
      controller?.abort();
      controller = new AbortController();
      try {
        const response = await fetch(`/api/v1/map/comuni/?${new URLSearchParams({ q: text })}`, {
          signal: controller.signal,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) return;
        const data = await response.json();
        list.replaceChildren(
          ...data.results.map((comune) => {
            const option = document.createElement("option");
            option.value = `${comune.name} (${comune.province})`;
            return option;
          }),
        );
      } catch (error) {
        if (error.name !== "AbortError") list.replaceChildren();
      }
    }, SUGGEST_DELAY_MS);
  });
}

function locate(button) {
  if (!("geolocation" in navigator)) return;
  const latInput = document.getElementById(button.dataset.lat);
  const lonInput = document.getElementById(button.dataset.lon);
  const status = button.closest("details, form")?.querySelector("[data-locate-status]");
  if (!latInput || !lonInput) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    if (status) status.textContent = button.dataset.locating;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        latInput.value = position.coords.latitude.toFixed(COORDINATE_DIGITS);
        lonInput.value = position.coords.longitude.toFixed(COORDINATE_DIGITS);
        if (status) status.textContent = "";
        button.form?.requestSubmit();
      },
      () => {
        if (status) status.textContent = button.dataset.failed;
        latInput.focus();
      },
      { timeout: 10000, maximumAge: 300000 },
    );
  });
}

// htmx leaves 4xx answers unswapped; the boxes marked data-swap-errors show them in place.
document.addEventListener("htmx:beforeSwap", (event) => {
  const status = event.detail.xhr.status;
  const inBox = event.detail.requestConfig?.elt?.closest("[data-swap-errors]");
  if (status >= 400 && status < 500 && inBox) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

// After the support box replaces itself, put the focus back where the person was.
document.addEventListener("htmx:afterSwap", (event) => {
  if (!event.detail.requestConfig?.elt?.closest("[data-swap-errors]")) return;
  document.querySelector("#sostegno [data-focus-after-swap]")?.focus();
});

document.querySelectorAll("input[data-comune-autocomplete][list]").forEach(suggestComuni);
document.querySelectorAll("[data-locate]").forEach(locate);
