// The actor network: a small force layout in plain JS drawn as SVG.
// Nodes are actors, edges actor1 -> actor2 per event type, width = number of events.
import { clear, el, colorOf, typeLabel } from "./common.js";

function layout(nodes, edges, W, H) {
  const pos = new Map(nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length;
    return [n.id, { x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a), vx: 0, vy: 0 }];
  }));
  const k = Math.sqrt((W * H) / Math.max(1, nodes.length)) * 0.6;
  for (let it = 0; it < 300; it++) {
    for (const a of pos.values()) for (const b of pos.values()) {
      if (a === b) continue;
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(1, Math.hypot(dx, dy));
      a.vx += (dx / d) * (k * k) / d * 0.05; a.vy += (dy / d) * (k * k) / d * 0.05;
    }
    for (const e of edges) {
      const a = pos.get(e.source), b = pos.get(e.target);
      if (!a || !b) continue;
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(1, Math.hypot(dx, dy)), f = (d * d) / k * 0.01;
      a.vx += (dx / d) * f; a.vy += (dy / d) * f; b.vx -= (dx / d) * f; b.vy -= (dy / d) * f;
    }
    for (const p of pos.values()) {
      p.vx += (W / 2 - p.x) * 0.02; p.vy += (H / 2 - p.y) * 0.02;
      p.x = Math.min(W - 110, Math.max(110, p.x + Math.max(-10, Math.min(10, p.vx))));
      p.y = Math.min(H - 20, Math.max(30, p.y + Math.max(-10, Math.min(10, p.vy))));
      p.vx *= 0.5; p.vy *= 0.5;
    }
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
