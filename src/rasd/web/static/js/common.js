// Shared helpers: API calls, safe DOM building (text nodes only), vocabularies and colours.

export const TYPES = ["ASSAULT", "COERCE", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
  "ACCUSE", "REJECT", "REQUEST", "RETREAT", "CONCEDE", "AID", "COOPERATE", "SUPPORT",
  "CONSULT", "AGREE"];
export const TYPE_AR = {
  ASSAULT: "اعتداء", COERCE: "إكراه", THREATEN: "تهديد", PROTEST: "احتجاج", MOBILIZE: "تعبئة",
  SANCTION: "عقوبة", ACCUSE: "اتهام", REJECT: "رفض", REQUEST: "طلب", RETREAT: "انسحاب",
  CONCEDE: "تنازل", AID: "مساعدة", COOPERATE: "تعاون", SUPPORT: "دعم", CONSULT: "تشاور",
  AGREE: "اتفاق",
};
export const COLORS = {
  ASSAULT: "#c0392b", COERCE: "#e67e22", THREATEN: "#d35400", PROTEST: "#8e44ad",
  MOBILIZE: "#a04000", SANCTION: "#7f8c8d", ACCUSE: "#b7950b", REJECT: "#6e2c00",
  REQUEST: "#2471a3", RETREAT: "#5d6d7e", CONCEDE: "#48c9b0", AID: "#27ae60",
  COOPERATE: "#1e8449", SUPPORT: "#52be80", CONSULT: "#3498db", AGREE: "#117a65",
};
export const MODALITIES = {
  asserted: "مؤكد", negated: "منفي", intended: "مزمع", threatened: "مهدَّد به",
  hypothetical: "افتراضي", reported_uncertain: "غير مؤكد",
};
export const COUNTRIES = {
  SYR: "سوريا", IRQ: "العراق", YEM: "اليمن", LBY: "ليبيا", EGY: "مصر", SDN: "السودان",
  SAU: "السعودية", LBN: "لبنان", PSE: "فلسطين", ISR: "إسرائيل", TUR: "تركيا", IRN: "إيران",
  JOR: "الأردن", TUN: "تونس", DZA: "الجزائر", MAR: "المغرب", SOM: "الصومال", MLI: "مالي",
};

export function colorOf(type) { return COLORS[type] || "#555"; }

/** Build an element; children are nodes or strings (always added as text, never parsed). */
export function el(tag, attrs = {}, ...children) {
  const svg = ["svg", "g", "line", "rect", "circle", "text", "title"].includes(tag);
  const node = svg ? document.createElementNS("http://www.w3.org/2000/svg", tag)
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.setAttribute("class", v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

/** GET/POST JSON; throws an Error carrying the API's error message. */
export async function api(path, { method = "GET", body, token } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = new Error((data.error && data.error.message) || `HTTP ${res.status}`);
    err.status = res.status;
    throw err;
  }
  return data;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v != null) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

export function typeLabel(type) { return TYPE_AR[type] ? `${TYPE_AR[type]} (${type})` : (type || "؟"); }

export function actorLabel(ev, n) {
  return ev[`actor${n}_name`] || ev[`actor${n}`] || "—";
}

export function placeLabel(ev) {
  const p = ev.place;
  if (!p) return "—";
  return [p.name, p.admin1, COUNTRIES[p.country] || p.country].filter(Boolean).join("، ");
}
