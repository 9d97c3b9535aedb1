// The Leaflet map: bundled country boundaries (no tile server), clustered event points.
import { el, colorOf, typeLabel, actorLabel, placeLabel } from "./common.js";

let map;
let cluster;

export async function initMap(onMove) {
  map = L.map("map", { minZoom: 2, maxZoom: 12, worldCopyJump: true })
    .setView([25, 42], 4);
  map.attributionControl.setPrefix(false).addAttribution("حدود الدول: Natural Earth");
  const topo = await fetch("/static/vendor/world-atlas/countries-50m.json").then((r) => r.json());
  L.geoJSON(topojson.feature(topo, topo.objects.countries), {
    style: { color: "#7d8a96", weight: 0.8, fillColor: "#eef0ea", fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  cluster = L.markerClusterGroup({ iconCreateFunction: clusterIcon, showCoverageOnHover: false,
    maxClusterRadius: 40 });
  map.addLayer(cluster);
  window.addEventListener("rasd:map-shown", () => map.invalidateSize());
  map.on("moveend", onMove);
}

function clusterIcon(c) {
  const counts = {};
  for (const m of c.getAllChildMarkers()) counts[m.options.eventType] = (counts[m.options.eventType] || 0) + 1;
  const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  const div = el("div", { class: "cluster" }, String(c.getChildCount()));
  div.style.background = colorOf(top);
  return L.divIcon({ html: div, className: "cluster-icon", iconSize: L.point(34, 34) });
}

function popup(ev, onOpen) {
  return el("div", { class: "popup", dir: "rtl" },
    el("b", {}, typeLabel(ev.type)), " ", el("bdi", {}, ev.date || ""), el("br"),
    el("bdi", {}, actorLabel(ev, 1)), " ← ", el("bdi", {}, actorLabel(ev, 2)), el("br"),
    placeLabel(ev), el("br"),
    el("button", { type: "button", class: "open-article", onclick: () => onOpen(ev) }, "افتح المقال والأدلة"));
}

export function showEvents(geojson, onOpen, fit = true) {
  cluster.clearLayers();
  const markers = [];
  for (const f of geojson.features) {
    const ev = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const m = L.circleMarker([lat, lon], { radius: 7, color: "#222", weight: 1,
      fillColor: colorOf(ev.type), fillOpacity: 0.9, eventType: ev.type });
    m.bindPopup(() => popup(ev, onOpen));
    markers.push(m);
  }
  cluster.addLayers(markers);
  document.getElementById("map").dataset.points = String(markers.length);
  if (fit && markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 8 });
}

/** The visible map area as "w,s,e,n" (clamped to valid degrees). */
export function viewBbox() {
  const b = map.getBounds();
  const c = (v, lim) => Math.max(-lim, Math.min(lim, v)).toFixed(4);
  return [c(b.getWest(), 180), c(b.getSouth(), 90), c(b.getEast(), 180), c(b.getNorth(), 90)].join(",");
}
