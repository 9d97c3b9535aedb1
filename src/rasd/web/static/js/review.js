// The review queue: lowest-confidence events first; confirm / reject / edit with a token.
import { api, clear, el, typeLabel, actorLabel, placeLabel, TYPES, MODALITIES } from "./common.js";

let token = sessionStorage.getItem("rasd-token") || "";
let openEvent = () => {};
let afterReview = () => {};
const texts = new Map();

function status(msg) { document.getElementById("review-status").textContent = msg; }

async function login(e) {
  e.preventDefault();
  const value = document.getElementById("token").value.trim();
  try {
    const me = await api("/api/me", { token: value });
    token = value;
    sessionStorage.setItem("rasd-token", token);
    document.getElementById("whoami").textContent = `${me.name} (${me.role})`;
    status("");
  } catch (err) {
    document.getElementById("whoami").textContent = `رمز غير صالح: ${err.message}`;
  }
}

export function initReview(onOpen, onReviewed) {
  openEvent = onOpen;
  afterReview = onReviewed;
  document.getElementById("token-form").addEventListener("submit", login);
  if (token) api("/api/me", { token }).then((me) => {
    document.getElementById("whoami").textContent = `${me.name} (${me.role})`;
  }).catch(() => { token = ""; });
}

async function evidence(ev) {
  if (!ev.evidence) return "";
  if (!texts.has(ev.article_id)) texts.set(ev.article_id, api(`/api/articles/${encodeURIComponent(ev.article_id)}`).then((a) => a.text));
  const text = await texts.get(ev.article_id);
  return text.slice(ev.evidence.start, ev.evidence.end);
}

async function submit(ev, verdict, changes, item) {
  if (!token) { status("أدخل رمز الدخول أولاً."); document.getElementById("token").focus(); return; }
  try {
    const r = await api(`/api/events/${encodeURIComponent(ev.uid)}/review`, { method: "POST", token, body: { verdict, changes } });
    status(`حُفظت المراجعة (${r.verdict}) للحدث ${ev.uid} باسم ${r.reviewer}.`);
    item.remove();
    afterReview();
  } catch (err) {
    status(`لم تُحفظ المراجعة: ${err.message}`);
  }
}

function editForm(ev, item) {
  const type = el("select", { name: "type" }, TYPES.map((t) => el("option", { value: t, selected: t === ev.type }, typeLabel(t))));
  const modality = el("select", { name: "modality" }, Object.entries(MODALITIES).map(([k, v]) => el("option", { value: k, selected: k === ev.modality }, v)));
  const date = el("input", { type: "date", name: "date", value: ev.date || "" });
  const form = el("form", { class: "edit-form" }, el("label", {}, "النوع ", type), el("label", {}, "الصيغة ", modality),
    el("label", {}, "التاريخ ", date), el("button", { type: "submit" }, "احفظ التعديل"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const changes = {};
    if (type.value !== ev.type) changes.type = type.value;
    if (modality.value !== ev.modality) changes.modality = modality.value;
    if (date.value && date.value !== ev.date) changes.date = date.value;
    if (!Object.keys(changes).length) { status("لم يتغير شيء."); return; }
    submit(ev, "edit", changes, item);
  });
  return form;
}

function queueItem(ev) {
  const quote = el("blockquote", { dir: "rtl", class: "evidence-quote" }, "…");
  evidence(ev).then((t) => { quote.textContent = t; }).catch(() => {});
  const item = el("li", { class: "queue-item", dataset: { uid: ev.uid } });
  item.append(
    el("div", {}, el("b", {}, typeLabel(ev.type)), " · ثقة ", el("bdi", {}, (ev.confidence ?? 0).toFixed(2)),
      " · ", el("bdi", {}, ev.date || ""), " · ", MODALITIES[ev.modality] || ev.modality || ""),
    el("div", {}, el("bdi", {}, actorLabel(ev, 1)), " ← ", el("bdi", {}, actorLabel(ev, 2)), " · ", placeLabel(ev)),
    quote,
    el("div", { class: "actions" },
      el("button", { type: "button", class: "confirm", onclick: () => submit(ev, "confirm", {}, item) }, "تأكيد"),
      el("button", { type: "button", class: "reject", onclick: () => submit(ev, "reject", {}, item) }, "رفض"),
      el("button", { type: "button", class: "edit", onclick: () => item.append(editForm(ev, item)) }, "تعديل"),
      el("button", { type: "button", class: "open", onclick: () => openEvent(ev) }, "المقال")));
  return item;
}

export async function loadQueue() {
  const list = document.getElementById("queue");
  clear(list);
  const events = await api("/api/review-queue?limit=50");
  if (!events.length) list.append(el("li", {}, "لا أحداث تنتظر المراجعة."));
  for (const ev of events) list.append(queueItem(ev));
}
