// The /mappa/ page: clusters from the server, filters, choropleth, comune search, the list of
// what is in view (the map's text alternative) and the view kept in the URL.
import {
  clusterIcon,
  createMap,
  drawLink,
  drawOutline,
  escapeHtml,
  fill,
  loadLeaflet,
  numberFormat,
  pointIcon,
  prefersCalm,
} from "./core.js";

const config = JSON.parse(document.getElementById("map-config").textContent);
const T = config.text;
const $ = (id) => document.getElementById(id);
const els = {
  map: $("map"),
  list: $("map-list-items"),
  summary: $("map-list-summary"),
  legend: $("map-legend"),
  legendBox: $("map-legend-box"),
  status: $("map-status"),
  filters: $("map-filters"),
  search: $("map-search"),
  searchInput: $("map-search-input"),
  searchResults: $("map-search-results"),
  searchStatus: $("map-search-status"),
  locate: $("map-locate"),
};
const layers = new Map(config.layers.map((layer) => [layer.key, layer]));
const CHOROPLETH = ["#e6f0e8", "#b9d7c1", "#7fb592", "#43875f", "#1a5034"];
const EMPTY_AREA = "#f2f1ec";
const PER = 10000;

let map;
let requestId = 0;
let controller;
let here;
const groups = new Map();
let areaLayer;
let areaUrl = "";
// The point whose popup is open survives the redraw that follows each move.
let openPoint = null;
let redrawing = false;

function categoryOf(layer, code) {
  return layer.categories.find((c) => c.code === code) || { label: code || "", colour: "#4a5a50" };
}

function phaseLabel(layer, phase) {
  const filter = layer.filters.find((f) => f.name === "fase");
  const choice = filter && filter.choices.find((c) => String(c.value) === String(phase));
  return choice ? choice.label : String(phase);
}

function itemsName(layer, count) {
  return count === 1 ? layer.item_name : layer.item_name_plural;
}

// ---- State: the form holds the filters, the URL holds the whole view. -------------------------

function formState() {
  const data = new FormData(els.filters);
  const chosen = data.getAll("livello");
  const active = config.layers
    .map((layer) => layer.key)
    .filter((key) => !els.filters.querySelector('[name="livello"]') || chosen.includes(key));
  const filters = {};
  for (const [name, value] of data.entries()) {
    if (name !== "livello" && name !== "vista" && value) filters[name] = value;
  }
  return { active, filters, mode: data.get("vista") || "punti" };
}

function writeUrl() {
  const state = formState();
  const centre = map.getCenter();
  const params = new URLSearchParams({
    z: map.getZoom(),
    lat: centre.lat.toFixed(4),
    lon: centre.lng.toFixed(4),
  });
  if (state.active.length !== layers.size) {
    state.active.forEach((key) => params.append("livello", key));
  }
  Object.entries(state.filters).forEach(([name, value]) => params.set(name, value));
  if (state.mode !== "punti") params.set("vista", state.mode);
  history.replaceState(null, "", `${location.pathname}?${params}`);
}

function initialView() {
  const params = new URLSearchParams(location.search);
  const lat = Number(params.get("lat"));
  const lon = Number(params.get("lon"));
  const zoom = Number.parseFloat(params.get("z"));
  const view = config.view;
  const valid = params.has("lat") && params.has("lon") && Number.isFinite(lat) && Number.isFinite(lon);
  return {
    shared: valid && Number.isFinite(zoom),
    center: valid ? [lat, lon] : [view.lat, view.lon],
    zoom: Number.isFinite(zoom) ? Math.min(Math.max(zoom, view.minZoom), view.maxZoom) : view.zoom,
  };
}

// ---- Fetching. ----------------------------------------------------------------------------

function bboxParam() {
  const b = map.getBounds();
  const clamp = (value, limit) => Math.max(-limit, Math.min(limit, value));
  return [
    clamp(b.getWest(), 180),
    clamp(b.getSouth(), 85),
    clamp(b.getEast(), 180),
    clamp(b.getNorth(), 85),
  ]
    .map((value) => value.toFixed(5))
    .join(",");
}

function layerFilters(layer, filters) {
  const names = new Set(layer.filters.map((f) => f.name));
  return Object.entries(filters).filter(([name]) => names.has(name));
}

async function getJson(url, signal) {
  const response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || T.loadError);
  return body;
}

async function refresh() {
  if (!map) return;
  writeUrl();
  const state = formState();
  const id = ++requestId;
  if (controller) controller.abort();
  controller = new AbortController();
  if (state.mode === "punti" || !state.active.length) drawLegend(state);
  if (!state.active.length) {
    clearPoints();
    clearAreas();
    els.list.replaceChildren();
    els.summary.textContent = layers.size ? T.noLayer : els.summary.textContent;
    return;
  }
  els.map.setAttribute("aria-busy", "true");
  try {
    if (state.mode === "punti") {
      // Groups are cut for whole zooms; between two, the coarser grid keeps bubbles apart.
      const zoom = Math.floor(map.getZoom());
      const results = await Promise.all(
        state.active.map((key) => {
          const layer = layers.get(key);
          const params = new URLSearchParams([
            ["bbox", bboxParam()],
            ["zoom", zoom],
            ...layerFilters(layer, state.filters),
          ]);
          return getJson(`${layer.url}?${params}`, controller.signal).then((data) => [layer, data]);
        }),
      );
      if (id !== requestId) return;
      clearAreas();
      drawPoints(results);
    } else {
      const layer = layers.get(state.active[0]);
      const params = new URLSearchParams([
        ["layer", layer.key],
        ["per", PER],
        ...layerFilters(layer, state.filters),
      ]);
      const url = `${config.api[state.mode]}?${params}`;
      // Areas do not change as the map moves: fetch them again only for new choices.
      if (url !== areaUrl || !areaLayer) {
        const data = await getJson(url, controller.signal);
        if (id !== requestId) return;
        clearPoints();
        drawAreas(layer, data);
        areaUrl = url;
      }
    }
    els.status.textContent = "";
  } catch (error) {
    if (error.name === "AbortError") return;
    els.summary.textContent = T.loadError;
    els.status.textContent = error.message || T.loadError;
  } finally {
    if (id === requestId) els.map.removeAttribute("aria-busy");
  }
}

// ---- Points and clusters. -----------------------------------------------------------------

function clearPoints() {
  groups.forEach((group) => group.clearLayers());
}

function zoomInto(latlng) {
  map.setView(latlng, Math.min(map.getZoom() + 2, map.getMaxZoom()));
}

function popupHtml(layer, features) {
  return `<div class="map-popup">${features
    .map((feature) => {
      const p = feature.properties;
      const category = categoryOf(layer, p.category);
      const title = p.url
        ? `<a href="${escapeHtml(p.url)}">${escapeHtml(p.label)}</a>`
        : escapeHtml(p.label);
      const rows = [];
      if (p.category) {
        rows.push(
          `<span class="map-swatch" style="background:${escapeHtml(category.colour)}"></span>${escapeHtml(category.label)}`,
        );
      }
      if (p.phase) rows.push(`${escapeHtml(T.phase)}: ${escapeHtml(phaseLabel(layer, p.phase))}`);
      if (p.comune) {
        const comune = p.comune_url
          ? `<a href="${escapeHtml(p.comune_url)}">${escapeHtml(p.comune)}</a>`
          : escapeHtml(p.comune);
        rows.push(`${escapeHtml(T.comune)}: ${comune}`);
      }
      // A layer's popup fields may repeat what the point already says (its comune, phase).
      const said = new Set(rows.map((row) => row.replace(/<[^>]+>/g, "")));
      for (const field of layer.popup_fields) {
        const value = p.extra && p.extra[field.key];
        const row = `${escapeHtml(field.label)}: ${escapeHtml(value)}`;
        if (value !== undefined && value !== null && value !== "" && !said.has(row)) {
          rows.push(row);
        }
      }
      return `<section class="map-popup-item"><p class="map-popup-title">${title}</p>${rows
        .map((row) => `<p class="map-popup-row">${row}</p>`)
        .join("")}</section>`;
    })
    .join("")}</div>`;
}

function linkTarget(p) {
  const link = p.extra && p.extra.link;
  if (!link) return null;
  const lat = Number(link.lat);
  const lon = Number(link.lon);
  return Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon, label: link.label || "" } : null;
}

function clusterParts(layer, categories) {
  return Object.entries(categories)
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => ({ ...categoryOf(layer, code), code, count }));
}

function reopenPopup(markers) {
  const marker = openPoint && markers.get(openPoint);
  if (!marker) return;
  const popup = marker.getPopup();
  popup.options.autoPan = false;
  marker.openPopup();
  popup.options.autoPan = true;
}

function drawPoints(results) {
  const L = window.L;
  const items = [];
  const markers = new Map();
  redrawing = true;
  let total = 0;
  const names = [];
  for (const [layer, data] of results) {
    let group = groups.get(layer.key);
    if (!group) {
      group = L.layerGroup().addTo(map);
      groups.set(layer.key, group);
    }
    group.clearLayers();
    total += data.total;
    if (data.total || results.length === 1) {
      names.push(`${numberFormat.format(data.total)} ${itemsName(layer, data.total)}`);
    }
    const places = new Map();
    for (const feature of data.features) {
      const [lon, lat] = feature.geometry.coordinates;
      if (feature.properties.cluster) {
        const parts = clusterParts(layer, feature.properties.categories);
        const count = feature.properties.count;
        const label = fill(T.group, { count: numberFormat.format(count), items: itemsName(layer, count) });
        const marker = L.marker([lat, lon], {
          icon: clusterIcon(count, parts),
          keyboard: false,
          title: `${label} — ${T.zoomInto}`,
          riseOnHover: true,
        })
          .on("click", () => zoomInto([lat, lon]))
          .addTo(group);
        items.push({ kind: "cluster", layer, count, parts, label, marker, lat, lon });
      } else {
        const key = `${lat},${lon}`;
        if (!places.has(key)) places.set(key, []);
        places.get(key).push(feature);
        // A point linked to another place (a member to its lead comune) draws the link too.
        const link = linkTarget(feature.properties);
        if (link) {
          drawLink(group, { lat, lon }, link, categoryOf(layer, feature.properties.category).colour);
        }
      }
    }
    for (const features of places.values()) {
      const [lon, lat] = features[0].geometry.coordinates;
      const colour = categoryOf(layer, features[0].properties.category).colour;
      const marker = L.marker([lat, lon], {
        icon: pointIcon(colour, features.length),
        keyboard: false,
        title: features.map((f) => f.properties.label).join(" · "),
        riseOnHover: true,
      })
        .bindPopup(popupHtml(layer, features), { maxHeight: 320 })
        .on("popupopen", () => {
          openPoint = `${layer.key}:${features[0].properties.key}`;
        })
        .on("popupclose", () => {
          if (!redrawing) openPoint = null;
        })
        .addTo(group);
      for (const feature of features) {
        markers.set(`${layer.key}:${feature.properties.key}`, marker);
        items.push({ kind: "point", layer, feature, marker, lat, lon });
      }
    }
  }
  redrawing = false;
  reopenPopup(markers);
  drawList(items);
  els.summary.textContent = total ? fill(T.inView, { count: names.join(", ") }) : T.empty;
}

function drawList(items) {
  const clusters = items.filter((item) => item.kind === "cluster").sort((a, b) => b.count - a.count);
  const points = items
    .filter((item) => item.kind === "point")
    .sort((a, b) => a.feature.properties.label.localeCompare(b.feature.properties.label));
  const nodes = [];
  for (const item of clusters) {
    const li = document.createElement("li");
    li.className = "map-list-item";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "map-list-cluster";
    const breakdown = item.parts
      .slice(0, 3)
      .map((part) => `${numberFormat.format(part.count)} ${part.label}`)
      .join(", ");
    button.innerHTML =
      `<span class="map-swatch" style="background:${escapeHtml(item.parts[0]?.colour || "#1f5c3d")}"></span>` +
      `<span><strong>${escapeHtml(item.label)}</strong>` +
      (breakdown
        ? `<span class="visually-hidden">: </span><span class="map-list-detail">${escapeHtml(breakdown)}${item.parts.length > 3 ? "…" : ""}</span>`
        : "") +
      `</span><span class="visually-hidden"> — </span><span class="map-list-action">${escapeHtml(T.zoomInto)}</span>`;
    button.addEventListener("click", () => zoomInto([item.lat, item.lon]));
    li.append(button);
    nodes.push(li);
  }
  for (const item of points) {
    const p = item.feature.properties;
    const category = categoryOf(item.layer, p.category);
    const li = document.createElement("li");
    li.className = "map-list-item map-list-point";
    const title = p.url
      ? `<a href="${escapeHtml(p.url)}">${escapeHtml(p.label)}</a>`
      : `<span>${escapeHtml(p.label)}</span>`;
    const link = linkTarget(p);
    const linked = link && link.label ? fill(T.linkedTo, { name: link.label }) : "";
    const details = [category.label, p.comune, linked].filter(Boolean).map(escapeHtml).join(" · ");
    li.innerHTML =
      `<span class="map-swatch" style="background:${escapeHtml(category.colour)}"></span>` +
      `<span class="map-list-text">${title}<span class="map-list-detail">${details}</span></span>`;
    const show = document.createElement("button");
    show.type = "button";
    show.className = "map-list-action link-button";
    show.textContent = T.showOnMap;
    show.setAttribute("aria-label", `${T.showOnMap}: ${p.label}`);
    show.addEventListener("click", () => {
      openPoint = `${item.layer.key}:${p.key}`;
      map.setView([item.lat, item.lon], Math.max(map.getZoom(), 12));
      item.marker.openPopup();
    });
    li.append(show);
    nodes.push(li);
  }
  els.list.replaceChildren(...nodes);
}

// ---- Choropleth. ----------------------------------------------------------------------------

function clearAreas() {
  if (areaLayer) {
    map.removeLayer(areaLayer);
    areaLayer = null;
  }
}

function breaks(rates) {
  const sorted = rates.filter((rate) => rate > 0).sort((a, b) => a - b);
  if (!sorted.length) return [];
  return [...new Set([0.2, 0.4, 0.6, 0.8].map((q) => sorted[Math.floor(q * (sorted.length - 1))]))];
}

function classOf(rate, limits) {
  if (!rate) return -1;
  let index = 0;
  while (index < limits.length && rate > limits[index]) index += 1;
  return Math.min(index, CHOROPLETH.length - 1);
}

function drawAreas(layer, data) {
  const L = window.L;
  clearAreas();
  const limits = breaks(data.features.map((f) => f.properties.rate || 0));
  const rateText = (p) =>
    p.rate === null || p.rate === undefined
      ? T.noData
      : fill(T.rate, { rate: numberFormat.format(p.rate), per: numberFormat.format(data.per) });
  const describe = (p) => `${p.name}: ${numberFormat.format(p.count)} ${itemsName(layer, p.count)}, ${rateText(p)}`;
  const shapes = new Map();
  areaLayer = L.geoJSON(data, {
    style: (feature) => {
      const index = classOf(feature.properties.rate, limits);
      return {
        color: "#ffffff",
        weight: 1,
        fillColor: index < 0 ? EMPTY_AREA : CHOROPLETH[index],
        fillOpacity: 0.85,
      };
    },
    onEachFeature: (feature, shape) => {
      shapes.set(feature.properties.code, shape);
      shape.bindPopup(`<div class="map-popup"><p class="map-popup-title">${escapeHtml(describe(feature.properties))}</p></div>`);
    },
  }).addTo(map);
  const sorted = [...data.features].sort(
    (a, b) => (b.properties.rate || 0) - (a.properties.rate || 0) || a.properties.name.localeCompare(b.properties.name),
  );
  els.list.replaceChildren(
    ...sorted.map((feature) => {
      const li = document.createElement("li");
      li.className = "map-list-item";
      const button = document.createElement("button");
      button.type = "button";
      button.className = "map-list-cluster";
      const index = classOf(feature.properties.rate, limits);
      button.innerHTML =
        `<span class="map-swatch" style="background:${index < 0 ? EMPTY_AREA : CHOROPLETH[index]}"></span>` +
        `<span>${escapeHtml(describe(feature.properties))}</span>`;
      button.setAttribute("aria-label", `${fill(T.area, { name: feature.properties.name })}. ${describe(feature.properties)}`);
      button.addEventListener("click", () => {
        const shape = shapes.get(feature.properties.code);
        map.fitBounds(shape.getBounds());
        shape.openPopup();
      });
      li.append(button);
      return li;
    }),
  );
  els.summary.textContent = fill(T.inView, {
    count: `${numberFormat.format(data.total)} ${itemsName(layer, data.total)}`,
  });
  drawLegend(formState(), { layer, limits, per: data.per });
}

// ---- Legend. -------------------------------------------------------------------------------

function drawLegend(state, choropleth) {
  const parts = [];
  if (choropleth) {
    const { layer, limits, per } = choropleth;
    parts.push(`<p class="map-legend-title">${escapeHtml(fill(T.legendRate, { items: layer.item_name_plural, per: numberFormat.format(per) }))}</p>`);
    const format = (value) => numberFormat.format(value);
    const rows = CHOROPLETH.slice(0, limits.length ? limits.length + 1 : 0).map((colour, index) => {
      let range;
      if (index === 0) range = `≤ ${format(limits[0])}`;
      else if (index === limits.length) range = `> ${format(limits[index - 1])}`;
      else range = `${format(limits[index - 1])}–${format(limits[index])}`;
      return `<li><span class="map-swatch" style="background:${colour}"></span>${range}</li>`;
    });
    rows.unshift(`<li><span class="map-swatch" style="background:${EMPTY_AREA}"></span>0</li>`);
    parts.push(`<ul>${rows.join("")}</ul>`);
  } else {
    // Layers usually share the themes: show each category once.
    const categories = new Map();
    for (const key of state.active) {
      for (const category of layers.get(key).categories) {
        if (!categories.has(category.code)) categories.set(category.code, category);
      }
    }
    if (categories.size) {
      parts.push(`<ul class="map-legend-categories">${[...categories.values()]
        .map((c) => `<li><span class="map-swatch" style="background:${escapeHtml(c.colour)}"></span>${escapeHtml(c.label)}</li>`)
        .join("")}</ul>`);
    }
  }
  els.legend.innerHTML = parts.join("");
  els.legendBox.hidden = !parts.length;
}

// ---- Search and "near me". ------------------------------------------------------------------

function showPlace(lat, lon, label) {
  const L = window.L;
  if (here) map.removeLayer(here);
  here = L.circleMarker([lat, lon], { radius: 10, color: "#b0452a", weight: 3, fillOpacity: 0.15 })
    .bindTooltip(label || T.here)
    .addTo(map);
  const zoom = Math.max(map.getZoom(), 11);
  if (prefersCalm()) map.setView([lat, lon], zoom);
  else map.flyTo([lat, lon], zoom);
}

let searchTimer;
let searchController;

async function search(text) {
  if (searchController) searchController.abort();
  if (text.trim().length < 2) {
    els.searchResults.replaceChildren();
    els.searchStatus.textContent = "";
    return [];
  }
  searchController = new AbortController();
  try {
    const data = await getJson(`${config.api.comuni}?${new URLSearchParams({ q: text.trim() })}`, searchController.signal);
    const buttons = data.results.map((comune) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "map-search-result";
      button.textContent = `${comune.name} (${comune.province})`;
      button.addEventListener("click", () => {
        showPlace(comune.lat, comune.lon, comune.name);
        els.searchStatus.textContent = comune.name;
        els.searchResults.replaceChildren();
      });
      li.append(button);
      return li;
    });
    els.searchResults.replaceChildren(...buttons);
    els.searchStatus.textContent = data.results.length
      ? fill(T.searchResults, { count: data.results.length })
      : T.searchNone;
    return data.results;
  } catch (error) {
    if (error.name !== "AbortError") els.searchStatus.textContent = error.message;
    return [];
  }
}

function bindSearch() {
  els.searchInput.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => search(els.searchInput.value), 250);
  });
  els.search.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearTimeout(searchTimer);
    const results = await search(els.searchInput.value);
    if (results.length === 1) {
      showPlace(results[0].lat, results[0].lon, results[0].name);
      els.searchResults.replaceChildren();
    }
  });
  if ("geolocation" in navigator && window.isSecureContext) {
    els.locate.hidden = false;
    els.locate.addEventListener("click", () => {
      els.searchStatus.textContent = T.locating;
      navigator.geolocation.getCurrentPosition(
        (position) => {
          els.searchStatus.textContent = "";
          showPlace(position.coords.latitude, position.coords.longitude, T.here);
        },
        () => {
          els.searchStatus.textContent = T.locateError;
        },
        { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 },
      );
    });
  }
}

// ---- Offline background. --------------------------------------------------------------------

function drawPlainBackground(target) {
  els.status.textContent = T.offline;
  drawOutline(target, config.api.regioni);
}

// ---- Start. -------------------------------------------------------------------------------

function start() {
  const view = initialView();
  map = createMap(els.map, {
    tiles: config.tiles,
    center: view.center,
    zoom: view.zoom,
    minZoom: config.view.minZoom,
    maxZoom: config.view.maxZoom,
    zoomSnap: 0.5,
    bounds: config.bounds,
    text: T,
    onOffline: drawPlainBackground,
  });
  // Without a shared view, show the whole of Italy at the largest zoom that fits the screen.
  if (!view.shared) map.fitBounds(config.italy, { animate: false });
  let timer;
  map.on("moveend", () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 120);
  });
  // The legend starts folded (its button opens it) and folds again when a popup opens, so
  // that it never covers the points or what a point says.
  map.on("popupopen", () => {
    els.legendBox.open = false;
  });
  els.filters.addEventListener("change", refresh);
  els.filters.addEventListener("submit", (event) => {
    event.preventDefault();
    refresh();
  });
  bindSearch();
  refresh();
}

loadLeaflet(config.leaflet).then(start);
