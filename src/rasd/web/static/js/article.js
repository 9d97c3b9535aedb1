// The article view: the untouched text in RTL with entities, places, quantities and event
// triggers highlighted (built from text nodes only: article text is untrusted), and beside it
// each event's fields with its evidence span.
import { api, clear, el, typeLabel, MODALITIES, colorOf } from "./common.js";

function marks(a) {
  const out = [];
  for (const e of a.entities || []) out.push({ start: e.start, end: e.end, cls: `ent ent-${e.label}`, tip: e.label });
  for (const p of a.places || []) out.push({ start: p.start, end: p.end, cls: "place", tip: `${p.name || ""} ${p.country || ""}` });
  for (const q of a.quantities || []) out.push({ start: q.start, end: q.end, cls: "qty", tip: `${q.value} ${q.unit || ""}` });
  for (const ev of a.events || []) {
    if (ev.trigger) out.push({ start: ev.trigger.start, end: ev.trigger.end, cls: "trigger", tip: ev.type });
    if (ev.evidence) out.push({ start: ev.evidence.start, end: ev.evidence.end, ev: ev.id });
  }
  return out.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start);
}

/** Split the text at every span boundary; each piece carries the classes of the spans over it. */
export function highlighted(text, ms) {
  const cuts = new Set([0, text.length]);
  for (const m of ms) { cuts.add(Math.min(m.start, text.length)); cuts.add(Math.min(m.end, text.length)); }
  const points = [...cuts].sort((x, y) => x - y);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const over = ms.filter((m) => m.start <= s && m.end >= e);
    const piece = text.slice(s, e);
    if (!over.length) { frag.append(document.createTextNode(piece)); continue; }
    const cls = over.filter((m) => m.cls).map((m) => m.cls).join(" ");
    const evs = over.filter((m) => m.ev).map((m) => m.ev).join(" ");
    const tip = over.filter((m) => m.tip).map((m) => m.tip).join(" · ");
    frag.append(el("span", { class: cls || null, title: tip || null, dataset: evs ? { ev: evs } : {} }, piece));
  }
  return frag;
}

function showEvidence(box, evId) {
  for (const s of box.querySelectorAll("[data-ev]")) {
    s.classList.toggle("evidence", s.dataset.ev.split(" ").includes(evId));
  }
  const first = box.querySelector(".evidence");
  if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
}

function field(label, value) {
  return [el("dt", {}, label), el("dd", { dir: "auto" }, value ?? "—")];
}

function reviewList(listed) {
  const reviews = (listed && listed.reviews) || [];
  if (!reviews.length) return listed ? el("p", { class: "hint" }, "لم يُراجَع بعد.") : null;
  return el("ul", { class: "reviews" }, reviews.map((r) => el("li", {},
    el("bdi", {}, r.reviewer), ": ", r.verdict, " · ", el("bdi", {}, r.created_at || ""),
    r.changes && Object.keys(r.changes).length ? [" · ", el("bdi", { dir: "ltr" }, JSON.stringify(r.changes))] : "")));
}

function eventCard(a, text, ev, box, listed) {
  const actors = Object.fromEntries((a.actors || []).map((x) => [x.id, x]));
  const places = Object.fromEntries((a.places || []).map((x) => [x.id, x]));
  const name = (id) => (actors[id] ? `${actors[id].name_ar || ""} — ${actors[id].name || id}` : id);
  const f = ev.fatalities || {};
  const quote = (span) => (span ? text.slice(span.start, span.end) : "—");
  const sw = el("span", { class: "swatch" });
  sw.style.background = colorOf(ev.type);
  return el("section", { class: "event-card", dataset: { ev: ev.id, uid: (listed && listed.uid) || "" } },
    el("h3", {}, sw, typeLabel(ev.type), ev.mode ? ` · ${ev.mode}` : ""),
    el("dl", {}, field("الفاعل ١", name(ev.actor1)), field("الفاعل ٢", name(ev.actor2)),
      field("المكان", places[ev.location] ? `${places[ev.location].text} (${places[ev.location].name || ""})` : ev.location),
      field("التاريخ", ev.date), field("الصيغة", MODALITIES[ev.modality] || ev.modality),
      field("القتلى", `${f.low ?? 0}–${f.best ?? 0}–${f.high ?? 0}`),
      field("ACLED", [ev.acled_event_type, ev.acled_sub_event_type].filter(Boolean).join(" / ")),
      field("CAMEO", ev.cameo), field("الثقة", (ev.confidence ?? 0).toFixed(2)),
      field("المفتاح", quote(ev.trigger))),
    el("blockquote", { dir: "rtl", class: "evidence-quote" }, quote(ev.evidence)),
    reviewList(listed),
    el("button", { type: "button", class: "show-evidence", onclick: () => showEvidence(box, ev.id) }, "أظهر الدليل في النص"));
}

export async function openArticle(articleId, focus) {
  const box = document.getElementById("article");
  const side = document.getElementById("article-events");
  clear(box); clear(side);
  const art = await api(`/api/articles/${encodeURIComponent(articleId)}`);
  const a = art.analysis || {};
  box.append(el("h2", { dir: "auto", id: "article-title" }, art.title || "(بلا عنوان)"),
    el("p", { class: "meta" }, el("bdi", {}, art.source || ""), " · ", el("bdi", {}, art.date || ""),
      art.url ? [" · ", el("a", { href: art.url, rel: "noopener noreferrer", target: "_blank", dir: "ltr" }, "المصدر")] : ""),
    el("p", { class: "legend" }, el("span", { class: "ent" }, "كيان"), " ", el("span", { class: "place" }, "مكان"), " ",
      el("span", { class: "qty" }, "عدد"), " ", el("span", { class: "trigger" }, "مفتاح الحدث"), " ", el("span", { class: "evidence" }, "دليل")));
  const body = el("div", { class: "article-text", dir: "rtl", lang: "ar", id: "article-text" });
  body.append(highlighted(art.text, marks(a)));
  box.append(body);
  const listed = Object.fromEntries((window.rasdEvents || []).filter((e) => e.article_id === art.id).map((e) => [e.id, e]));
  side.append(el("h2", {}, `الأحداث (${(a.events || []).length})`));
  for (const ev of a.events || []) side.append(eventCard(a, art.text, ev, body, listed[ev.id]));
  if (focus && focus.id) {
    showEvidence(body, focus.id);
    const card = [...side.querySelectorAll(".event-card")].find((c) => c.dataset.ev === focus.id);
    if (card) { card.classList.add("focused"); card.scrollIntoView({ block: "nearest" }); }
  }
}
