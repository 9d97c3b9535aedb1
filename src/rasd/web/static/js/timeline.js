// The timeline: stacked bars of events per day or week and type, in plain SVG.
// Time runs left to right (as in charts read in Arabic too); clicking a bar filters to it.
import { clear, el, colorOf, typeLabel, TYPES } from "./common.js";

function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function legend(types) {
  const box = document.getElementById("legend");
  clear(box);
  for (const t of types) {
    const sw = el("span", { class: "swatch" });
    sw.style.background = colorOf(t);
    box.append(el("span", { class: "legend-item" }, sw, typeLabel(t)));
  }
}

export function drawTimeline(rows, setFilter) {
  const svg = document.getElementById("timeline");
  clear(svg);
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const types = TYPES.filter((t) => rows.some((r) => r.type === t));
  legend(types);
  const W = svg.clientWidth || 900, H = 150, pad = 24;
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("direction", "ltr");
  if (!periods.length) {
    svg.append(el("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "لا أحداث"));
    return;
  }
  const totals = periods.map((p) => rows.filter((r) => r.period === p).reduce((s, r) => s + r.count, 0));
  const max = Math.max(...totals);
  const bw = Math.max(2, Math.min(40, (W - 2 * pad) / periods.length - 2));
  const step = (W - 2 * pad) / periods.length;
  const week = rows.length && document.getElementById("bucket").value === "week";
  periods.forEach((p, i) => {
    const x = pad + i * step + (step - bw) / 2;
    let y = H - pad;
    const g = el("g", { class: "bar", dataset: { period: p }, onclick: () => {
      setFilter("date_to", week ? addDays(p, 6) : p);
      setFilter("date_from", p);
    } });
    for (const t of types) {
      const r = rows.find((row) => row.period === p && row.type === t);
      if (!r) continue;
      const h = ((H - 2 * pad) * r.count) / max;
      y -= h;
      g.append(el("rect", { x, y, width: bw, height: h, fill: colorOf(t) },
        el("title", {}, `${p} · ${typeLabel(t)}: ${r.count}`)));
    }
    svg.append(g);
    if (periods.length <= 20 || i % Math.ceil(periods.length / 20) === 0) {
      svg.append(el("text", { x: x + bw / 2, y: H - 6, "text-anchor": "middle", class: "tick" }, p.slice(5)));
    }
  });
  svg.append(el("text", { x: 2, y: 12, class: "tick" }, `max ${max}`));
}
