// Location picker: click the map or drag the marker to fill the latitude and longitude inputs;
// typing in the inputs moves the marker. The inputs remain the keyboard way to set a place.
import { createMap, drawOutline, ensureStylesheet, loadLeaflet, pointIcon } from "./core.js";

const DIGITS = 5;

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
  const map = createMap(fieldset.querySelector("[data-location-picker-map]"), {
    tiles: { url: data.tileUrl, attribution: data.tileAttribution },
    center: start || [42.1, 12.6],
    zoom: start ? zoom : 5,
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
