/**
 * « Anatomie d’une campagne »: where to draw the accounts of the « qui partage qui » graph. Each group
 * of accounts linked by shares (a connected component) gets its own circle, the largest first, stacked
 * from top to bottom, so that a closed loop of sharing shows as a dense ring and a newspaper shared by
 * its readers as a star. Pure and deterministic: the same edges give the same drawing.
 */
import type { ShareEdge } from './signals.ts';

export interface GraphNode {
  id: string;
  x: number;
  y: number;
  /** Angle of the node on its circle (radians), to put its label outside the ring. */
  angle: number;
}

export interface GraphLink {
  from: string;
  to: string;
  /** Both accounts share each other (drawn once, with two arrowheads). */
  mutual: boolean;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: GraphNode[];
  links: GraphLink[];
}

/** Room on each side of a circle for the labels, and between two circles. */
const LABEL_ROOM = 150;
const GAP = 40;
const MIN_RADIUS = 60;
/** Distance wanted between two neighbours on a circle. */
const SPACING = 70;

/** Connected components of the share graph (direction ignored), largest first, nodes in breadth-first order from the busiest node. */
export function shareComponents(edges: readonly ShareEdge[]): string[][] {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => neighbours.set(a, (neighbours.get(a) ?? new Set<string>()).add(b));
  for (const e of edges) {
    link(e.from, e.to);
    link(e.to, e.from);
  }
  const degree = (id: string) => neighbours.get(id)?.size ?? 0;
  const ids = [...neighbours.keys()].sort((a, b) => degree(b) - degree(a) || a.localeCompare(b));
  const seen = new Set<string>();
  const components: string[][] = [];
  for (const start of ids) {
    if (seen.has(start)) continue;
    const order: string[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const id = queue.shift() as string;
      order.push(id);
      const next = [...(neighbours.get(id) ?? [])].filter((n) => !seen.has(n)).sort((a, b) => degree(b) - degree(a) || a.localeCompare(b));
      for (const n of next) {
        seen.add(n);
        queue.push(n);
      }
    }
    components.push(order);
  }
  return components.sort((a, b) => b.length - a.length || (a[0] as string).localeCompare(b[0] as string));
}

/** One circle per component, stacked; every share becomes one link (a mutual pair becomes one link). */
export function shareLayout(edges: readonly ShareEdge[]): GraphLayout {
  const components = shareComponents(edges);
  const radius = (n: number) => Math.max(MIN_RADIUS, Math.ceil((n * SPACING) / (2 * Math.PI)));
  const widest = Math.max(0, ...components.map((c) => radius(c.length)));
  const width = 2 * (widest + LABEL_ROOM);
  const nodes: GraphNode[] = [];
  let top = GAP / 2;
  for (const component of components) {
    const r = radius(component.length);
    const cy = top + r + 20;
    component.forEach((id, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / component.length;
      nodes.push({ id, angle, x: Math.round(width / 2 + r * Math.cos(angle)), y: Math.round(cy + r * Math.sin(angle)) });
    });
    top = cy + r + 20 + GAP;
  }
  const pairs = new Set(edges.map((e) => `${e.from}\u0000${e.to}`));
  const links: GraphLink[] = [];
  for (const e of edges) {
    const mutual = pairs.has(`${e.to}\u0000${e.from}`);
    if (mutual && e.to < e.from) continue;
    links.push({ from: e.from, to: e.to, mutual });
  }
  return { width, height: Math.round(top - GAP / 2), nodes, links };
}
