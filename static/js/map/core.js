// Shared pieces of the site's Leaflet maps: loading Leaflet once, tiles that fail gracefully,
// cluster bubbles and point markers. Leaflet comes from django-leaflet's static files.

const pending = new Map();

/** Add a stylesheet to the page unless it is there; resolve once it applies. */
export function ensureStylesheet(href) {
  if (!href) return Promise.resolve();
  let link = document.querySelector(`link[href="${href}"]`);
  if (link && (link.sheet || !link.dataset.loading)) return Promise.resolve();
  if (!link) {
    link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.dataset.loading = "1";
    document.head.append(link);
  }
  return new Promise((resolve) => {
    link.addEventListener("load", () => resolve(), { once: true });
    link.addEventListener("error", () => resolve(), { once: true });
  });
}

/** Load Leaflet's script and stylesheet once; resolve with window.L when both apply. */
export function loadLeaflet({ js, css }) {
  const styled = ensureStylesheet(css);
  if (window.L) return styled.then(() => window.L);
  if (!pending.has(js)) {
    pending.set(
      js,
      new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = js;
        script.onload = () => resolve(window.L);
        script.onerror = reject;
        document.head.append(script);
      }),
    );
  }
  return Promise.all([pending.get(js), styled]).then(() => window.L);
}

/** Escape text for HTML. */
export function escapeHtml(value) {
  return String(value ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );
}

/** Replace {name} placeholders in a translated template. */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");
}

export const numberFormat = new Intl.NumberFormat(document.documentElement.lang || "it");

/** Whether the visitor asked for less motion: maps then jump instead of gliding. */
export function prefersCalm() {
  return Boolean(window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches);
}

/**
 * Create a map with a tile layer; when the tiles cannot load (offline, blocked), drop them,
 * mark the container and call onOffline so the caller can draw a plain background.
 */
export function createMap(
  element,
  { tiles, center, zoom, minZoom = 3, maxZoom = 18, zoomSnap = 1, bounds, text = {}, onOffline },
) {
  const L = window.L;
  const map = L.map(element, {
    center,
    zoom,
    minZoom,
    maxZoom,
    zoomSnap,
    maxBounds: bounds,
    maxBoundsViscosity: 0.8,
    zoomControl: false,
    zoomAnimation: !prefersCalm(),
    fadeAnimation: !prefersCalm(),
    markerZoomAnimation: !prefersCalm(),
  });
  L.control
    .zoom({ zoomInTitle: text.zoomIn || "+", zoomOutTitle: text.zoomOut || "−" })
    .addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  let offline = false;
  const goOffline = () => {
    if (offline) return;
    offline = true;
    element.classList.add("is-offline");
    if (onOffline) onOffline(map);
  };
  if (!tiles || !tiles.url) {
    goOffline();
    return map;
  }
  const layer = L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 });
  let loaded = 0;
  let failed = 0;
  layer.on("tileload", () => {
    loaded += 1;
  });
  layer.on("tileerror", () => {
    failed += 1;
    if (failed >= 3 && loaded === 0) {
      map.removeLayer(layer);
      goOffline();
    }
  });
  layer.addTo(map);
  return map;
}

/**
 * Draw the regions as a plain land background, for when the tiles cannot load; the
 * markers stay readable either way.
 */
export function drawOutline(map, url) {
  if (!url) return Promise.resolve();
  const pane = map.getPane("outline") || map.createPane("outline");
  pane.style.zIndex = 250;
  return fetch(url, { headers: { Accept: "application/json" } })
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((data) =>
      window.L.geoJSON(data, {
        pane: "outline",
        interactive: false,
        style: { color: "#9aa79e", weight: 1, fillColor: "#fbfaf5", fillOpacity: 1 },
      }).addTo(map),
    )
    .catch(() => {
      // Without the outline the points still show on the plain background.
    });
}

/** Return the bubble diameter, in pixels, for a cluster of this many points. */
export function bubbleSize(count) {
  return Math.round(Math.min(58, 30 + 7 * Math.log10(Math.max(count, 1))));
}

/**
 * Return a cluster bubble: a ring split by category (largest share first, so the dominant
 * colour leads) around the count.
 */
export function clusterIcon(count, parts) {
  const size = bubbleSize(count);
  const total = parts.reduce((sum, part) => sum + part.count, 0) || 1;
  let angle = 0;
  const stops = parts
    .map((part) => {
      const start = angle;
      angle += (part.count / total) * 360;
      return `${part.colour} ${start.toFixed(1)}deg ${angle.toFixed(1)}deg`;
    })
    .join(", ");
  const label = count >= 10000 ? `${Math.round(count / 1000)}k` : numberFormat.format(count);
  return window.L.divIcon({
    className: "map-cluster-icon",
    html:
      `<span class="map-cluster" style="width:${size}px;height:${size}px;` +
      `background:conic-gradient(${stops || "#1f5c3d 0deg 360deg"})">` +
      `<span class="map-cluster-count">${label}</span></span>`,
    iconSize: [size, size],
  });
}

/** Return a point marker in a category colour, with a count when several share one place. */
export function pointIcon(colour, count = 1) {
  const many = count > 1;
  const size = many ? 26 : 18;
  return window.L.divIcon({
    className: "map-point-icon",
    html:
      `<span class="map-point${many ? " map-point-many" : ""}" style="background:${colour}">` +
      `${many ? `<span>${count}</span>` : ""}</span>`,
    iconSize: [size, size],
  });
}

/** Return the place a point is linked to ({lat, lon}) from data-link-lat/-lon, or null. */
export function linkOf(data) {
  if (data.linkLat === undefined || data.linkLon === undefined) return null;
  const lat = Number(data.linkLat);
  const lon = Number(data.linkLon);
  return Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null;
}

/**
 * Draw a dashed line from a point to the place it is linked to (a member to its lead comune);
 * the line only repeats what the point's text says, so it is hidden from assistive technology.
 */
export function drawLink(target, from, to, colour = "#4a5a50") {
  return window.L.polyline(
    [
      [from.lat, from.lon],
      [to.lat, to.lon],
    ],
    { color: colour, weight: 2, opacity: 0.8, dashArray: "6 6", interactive: false },
  ).addTo(target);
}

/** Draw the small maps of the page: each lists its places, and the list feeds the map. */
export function initSmallMaps(root = document) {
  const figures = root.querySelectorAll("[data-small-map]:not([data-ready])");
  if (!figures.length) return Promise.resolve([]);
  const first = figures[0].dataset;
  return Promise.all([
    ensureStylesheet(first.mapCss),
    loadLeaflet({ js: first.leafletJs, css: first.leafletCss }),
  ]).then(() => Array.from(figures, (figure) => drawSmallMap(figure)));
}

function drawSmallMap(figure) {
  const L = window.L;
  figure.dataset.ready = "1";
  const data = figure.dataset;
  const canvas = figure.querySelector("[data-small-map-canvas]");
  const places = Array.from(figure.querySelectorAll("[data-lat]"), (item) => ({
    lat: Number(item.dataset.lat),
    lon: Number(item.dataset.lon),
    colour: item.dataset.colour || "#1f5c3d",
    html: item.innerHTML,
    link: linkOf(item.dataset),
  })).filter((place) => Number.isFinite(place.lat) && Number.isFinite(place.lon));
  const zoom = Number(data.zoom) || 10;
  const center = places.length ? [places[0].lat, places[0].lon] : [42.1, 12.6];
  const map = createMap(canvas, {
    tiles: { url: data.tileUrl, attribution: data.tileAttribution },
    center,
    zoom: places.length ? zoom : 5,
    minZoom: 4,
    text: { zoomIn: data.zoomIn, zoomOut: data.zoomOut },
    onOffline: (target) => drawOutline(target, data.outlineUrl),
  });
  map.scrollWheelZoom.disable();
  places.filter((place) => place.link).forEach((place) => drawLink(map, place, place.link));
  const markers = places.map((place) =>
    L.marker([place.lat, place.lon], { icon: pointIcon(place.colour), keyboard: false })
      .bindPopup(`<div class="map-popup">${place.html}</div>`)
      .addTo(map),
  );
  if (places.length > 1) {
    map.fitBounds(L.latLngBounds(places.map((p) => [p.lat, p.lon])), {
      padding: [32, 32],
      maxZoom: Math.min(zoom, 9),
    });
  }
  return { map, markers };
}
