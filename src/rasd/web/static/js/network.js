// The actor network: a small force layout in plain JS drawn as SVG.
// Nodes are actors, edges actor1 -> actor2 per event type, width = number of events.
import { clear, el, colorOf, typeLabel } from "./common.js";

/** Fruchterman-Reingold layout with cooling and a little gravity; returns id -> {x, y}. */
function layout(nodes, edges, W, H) {
  const pos = new Map(nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length;
    return [n.id, { x: W / 2 + (W / 4) * Math.cos(a), y: H / 2 + (H / 4) * Math.sin(a) }];
  }));
  const k = 0.4 * Math.sqrt((W * H) / Math.max(1, nodes.length));
  let t = W / 8;
  for (let it = 0; it < 250; it++) {
    const disp = new Map(nodes.map((n) => [n.id, { x: 0, y: 0 }]));
    for (const [ia, a] of pos) for (const [ib, b] of pos) {
      if (ia >= ib) continue;
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(0.01, Math.hypot(dx, dy)), f = (k * k) / d;
      const da = disp.get(ia), db = disp.get(ib);
      da.x += (dx / d) * f; da.y += (dy / d) * f; db.x -= (dx / d) * f; db.y -= (dy / d) * f;
    }
    for (const e of edges) {
      const a = pos.get(e.source), b = pos.get(e.target);
      if (!a || !b || a === b) continue;
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(0.01, Math.hypot(dx, dy));
      const f = ((d * d) / k) * (1 + Math.log2(e.weight));
      const da = disp.get(e.source), db = disp.get(e.target);
      da.x -= (dx / d) * f; da.y -= (dy / d) * f; db.x += (dx / d) * f; db.y += (dy / d) * f;
    }
    for (const [id, p] of pos) {
      const v = disp.get(id);
      v.x += (W / 2 - p.x) * 0.6; v.y += (H / 2 - p.y) * 0.6;
      const len = Math.max(0.01, Math.hypot(v.x, v.y)), step = Math.min(len, t);
      p.x = Math.min(W - 110, Math.max(110, p.x + (v.x / len) * step));
      p.y = Math.min(H - 20, Math.max(30, p.y + (v.y / len) * step));
    }
    t = Math.max(1, t * 0.97);
  }
  return pos;
}

export function drawNetwork(net, setFilter) {
  const svg = document.getElementById("network");
  clear(svg);
  const W = svg.clientWidth || 900, H = svg.clientHeight || 500;
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  if (!net.nodes.length) {
    svg.append(el("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "لا علاقات بين فاعلين"));
    return;
  }
  const pos = layout(net.nodes, net.edges, W, H);
  for (const e of net.edges) {
    const a = pos.get(e.source), b = pos.get(e.target);
    if (!a || !b) continue;
    svg.append(el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: colorOf(e.type),
      "stroke-width": 1 + 2 * Math.log2(1 + e.weight), "stroke-opacity": 0.7, class: "edge" },
      el("title", {}, `${typeLabel(e.type)}: ${e.weight}`)));
  }
  for (const n of net.nodes) {
    const p = pos.get(n.id);
    const g = el("g", { class: "node", dataset: { id: n.id }, onclick: () => setFilter("actor", n.id) },
      el("circle", { cx: p.x, cy: p.y, r: 7 }),
      el("text", { x: p.x, y: p.y - 11, "text-anchor": "middle" }, n.name_ar || n.name || n.id),
      el("title", {}, n.id));
    svg.append(g);
  }
}
