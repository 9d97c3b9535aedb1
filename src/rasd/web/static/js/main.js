// Entry point: filters, tabs and the event list; every view reads the same filters.
import { api, clear, el, query, TYPES, MODALITIES, COUNTRIES, colorOf, typeLabel, actorLabel,
  placeLabel } from "./common.js";
import { initMap, showEvents, viewBbox } from "./map.js";
import { drawTimeline } from "./timeline.js";
import { drawNetwork } from "./network.js";
import { openArticle } from "./article.js";
import { initReview, loadQueue } from "./review.js";

const form = document.getElementById("filters");
let current = "map";

export function filters() {
  const out = {};
  for (const [k, v] of new FormData(form).entries()) if (v) out[k] = v;
  if (document.getElementById("f-inview").checked) out.bbox = viewBbox();
  return out;
}

export function setFilter(name, value) {
  const field = form.elements[name];
  if (field.tagName === "SELECT" && value && ![...field.options].some((o) => o.value === value)) {
    field.append(el("option", { value }, value));
  }
  field.value = value;
  refresh();
}

function fillSelect(id, entries) {
  const select = document.getElementById(id);
  for (const [value, label] of entries) select.append(el("option", { value }, label));
}

async function fillActors() {
  const data = await api("/api/actors?limit=1000");
  fillSelect("f-actor", data.actors.map((a) => [a.id, a.name_ar ? `${a.name_ar} — ${a.name || a.id}` : (a.name || a.id)]));
}

function renderList(events) {
  const list = document.getElementById("event-list");
  clear(list);
  for (const ev of events) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = colorOf(ev.type);
    list.append(el("li", {},
      el("button", { type: "button", class: "event-item", dataset: { uid: ev.uid || "" },
        onclick: () => openEvent(ev) },
        swatch, el("b", {}, typeLabel(ev.type)), " ", el("bdi", {}, ev.date || ""),
        el("br"), el("bdi", {}, actorLabel(ev, 1)), " ← ", el("bdi", {}, actorLabel(ev, 2)),
        el("br"), el("small", {}, placeLabel(ev), " · ثقة ", (ev.confidence ?? 0).toFixed(2)))));
  }
}

export function openEvent(ev) {
  showView("article");
  openArticle(ev.article_id, ev);
}

export async function refresh() {
  const f = filters();
  const [page, geo] = await Promise.all([
    api(`/api/events${query({ ...f, limit: 500, order: "-date" })}`),
    api(`/api/events.geojson${query(f)}`),
  ]);
  window.rasdEvents = page.events;
  document.getElementById("count").textContent = `${page.total} حدث`;
  renderList(page.events);
  showEvents(geo, openEvent, !f.bbox);
  const bucket = document.getElementById("bucket").value;
  drawTimeline(await api(`/api/timeline${query({ ...f, bucket })}`), setFilter);
  if (current === "network") drawNetwork(await api(`/api/network${query(f)}`), setFilter);
}

export function showView(name) {
  current = name;
  for (const b of document.querySelectorAll(".tabs button")) b.classList.toggle("active", b.dataset.view === name);
  for (const s of document.querySelectorAll(".view")) s.classList.toggle("active", s.id === `view-${name}`);
  if (name === "map") window.dispatchEvent(new Event("rasd:map-shown"));
  if (name === "network") api(`/api/network${query(filters())}`).then((n) => drawNetwork(n, setFilter));
  if (name === "review") loadQueue();
}

async function start() {
  fillSelect("f-type", TYPES.map((t) => [t, typeLabel(t)]));
  fillSelect("f-modality", Object.entries(MODALITIES));
  fillSelect("f-country", Object.entries(COUNTRIES).map(([k, v]) => [k, `${v} (${k})`]));
  for (const b of document.querySelectorAll(".tabs button")) b.addEventListener("click", () => showView(b.dataset.view));
  form.addEventListener("change", refresh);
  form.addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
  form.addEventListener("reset", () => setTimeout(refresh, 0));
  document.getElementById("bucket").addEventListener("change", refresh);
  await initMap(() => { if (document.getElementById("f-inview").checked) refresh(); });
  initReview(openEvent, () => refresh().catch(() => {}));
  await fillActors().catch(() => {});
  await refresh();
  document.body.dataset.ready = "1";
}

start().catch((err) => {
  console.error(err);
  document.getElementById("count").textContent = `خطأ: ${(err && err.message) || err}`;
  document.body.dataset.ready = "error";
});
