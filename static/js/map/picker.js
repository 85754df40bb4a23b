// Location picker: click the map or drag the marker to fill the latitude and longitude inputs;
// typing in the inputs moves the marker. The inputs remain the keyboard way to set a place.
// With no place set the map opens on the chosen comune (data-center-lat/lon), and it moves to
// the comune written in the comune input (data-comune-input, "Name (PR)") when that changes.
import { createMap, drawOutline, ensureStylesheet, loadLeaflet, pointIcon } from "./core.js";

const DIGITS = 5;
const COMUNE_ZOOM = 12;
const ITALY = { center: [42.1, 12.6], zoom: 5 };
const NAME_WITH_PROVINCE = /^(.+?)\s*\(([A-Za-z]{2})\)$/;

/** Return [lat, lon] of the comune written as "Name (PR)" or as a bare name, or null. */
async function findComune(url, text) {
  const typed = text.trim().replace(/\s+/g, " ");
  if (typed.length < 2) return null;
  const match = NAME_WITH_PROVINCE.exec(typed);
  const name = (match ? match[1] : typed).toLowerCase();
  const province = match ? match[2].toUpperCase() : "";
  try {
    const response = await fetch(`${url}?${new URLSearchParams({ q: match ? match[1] : typed })}`, {
      headers: { Accept: "application/json" },
    });
    if (!response.ok) return null;
    const { results } = await response.json();
    const same = results.filter(
      (comune) =>
        comune.name.toLowerCase() === name && (!province || comune.province === province),
    );
    return same.length === 1 ? [same[0].lat, same[0].lon] : null;
  } catch {
    return null;
  }
}

function attach(fieldset) {
  const L = window.L;
  const data = fieldset.dataset;
  const latInput = document.getElementById(data.latInput);
  const lonInput = document.getElementById(data.lonInput);
  if (!latInput || !lonInput) return;
  const zoom = Number(data.zoom) || 13;
  const read = () => {
    const lat = Number.parseFloat(String(latInput.value).replace(",", "."));
    const lon = Number.parseFloat(String(lonInput.value).replace(",", "."));
    return Number.isFinite(lat) && Number.isFinite(lon) ? [lat, lon] : null;
  };
  const start = read();
  const centerLat = Number.parseFloat(data.centerLat);
  const centerLon = Number.parseFloat(data.centerLon);
  const comuneCenter =
    Number.isFinite(centerLat) && Number.isFinite(centerLon) ? [centerLat, centerLon] : null;
  let view = ITALY;
  if (start) view = { center: start, zoom };
  else if (comuneCenter) view = { center: comuneCenter, zoom: COMUNE_ZOOM };
  const map = createMap(fieldset.querySelector("[data-location-picker-map]"), {
    tiles: { url: data.tileUrl, attribution: data.tileAttribution },
    center: view.center,
    zoom: view.zoom,
    minZoom: 4,
    text: { zoomIn: data.zoomIn, zoomOut: data.zoomOut },
    onOffline: (target) => drawOutline(target, data.outlineUrl),
  });
  let marker = null;
  const write = (latlng) => {
    latInput.value = latlng.lat.toFixed(DIGITS);
    lonInput.value = latlng.lng.toFixed(DIGITS);
    latInput.dispatchEvent(new Event("change", { bubbles: true }));
    lonInput.dispatchEvent(new Event("change", { bubbles: true }));
  };
  const place = (latlng) => {
    if (!marker) {
      marker = L.marker(latlng, {
        draggable: true,
        keyboard: false,
        title: data.markerLabel,
        icon: pointIcon("#b0452a"),
      }).addTo(map);
      marker.on("dragend", () => write(marker.getLatLng()));
    } else {
      marker.setLatLng(latlng);
    }
  };
  if (start) place(L.latLng(start));
  map.on("click", (event) => {
    place(event.latlng);
    write(event.latlng);
    // A click on the whole of Italy is rough: come closer so that a drag can refine it.
    if (map.getZoom() < 9) map.setView(event.latlng, 11);
  });
  const follow = () => {
    const typed = read();
    if (!typed) return;
    place(L.latLng(typed));
    map.panTo(typed);
  };
  latInput.addEventListener("input", follow);
  lonInput.addEventListener("input", follow);

  const comuneInput = data.comuneInput && document.getElementById(data.comuneInput);
  if (!comuneInput || !data.comuniUrl) return;
  let asked = 0;
  const recentre = async () => {
    const ticket = ++asked;
    const found = await findComune(data.comuniUrl, comuneInput.value);
    // Only the answer for the latest text counts.
    if (!found || ticket !== asked) return;
    fieldset.dataset.centerLat = String(found[0]);
    fieldset.dataset.centerLon = String(found[1]);
    map.setView(found, COMUNE_ZOOM);
  };
  comuneInput.addEventListener("change", recentre);
  // A choice from the suggestions fills the input with "Name (PR)" without a change event yet.
  comuneInput.addEventListener("input", () => {
    if (NAME_WITH_PROVINCE.test(comuneInput.value.trim())) recentre();
  });
  if (!start && !comuneCenter && comuneInput.value.trim()) recentre();
}

const pickers = document.querySelectorAll("[data-location-picker]:not([data-ready])");
if (pickers.length) {
  const first = pickers[0].dataset;
  Promise.all([
    ensureStylesheet(first.mapCss),
    loadLeaflet({ js: first.leafletJs, css: first.leafletCss }),
  ]).then(() => {
    pickers.forEach((fieldset) => {
      fieldset.dataset.ready = "1";
      attach(fieldset);
    });
  });
}
