// A standalone SVG of the canvas, drawn from a snapshot with the same style tables as Cytoscape:
// shapes and colours by kind, dashes by status, the analysis marks. Pure, so it is unit-tested.
import type { Status } from '@detour/domain';
import { AVOIDS_CONTACT_COLOR, DIMMED_OPACITY, DIRECT_CONTACT_COLOR } from './markStyles.ts';
import { SHAPE_PATHS } from './shapePaths.ts';
import type { CanvasSnapshot, SnapshotEdge, SnapshotNode } from './snapshot.ts';
import { DASH_PATTERN, EDGE_COLOR, FADED_OPACITY, KIND_STYLES, STATUS_STYLES } from './styles.ts';

const NODE_SIZE = 34;
const RADIUS = NODE_SIZE / 2 + 3;
const MARGIN = 60;
const FONT = 'Inter, Segoe UI, system-ui, sans-serif';

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const n = (v: number): string => String(Math.round(v * 10) / 10);

function dash(status: Status): string {
  const { lineStyle } = STATUS_STYLES[status];
  if (lineStyle === 'dashed') return ` stroke-dasharray="${DASH_PATTERN.join(' ')}"`;
  if (lineStyle === 'dotted') return ' stroke-dasharray="1 4" stroke-linecap="round"';
  return '';
}

function opacity(classes: readonly string[], status?: Status): number {
  if (classes.includes('dimmed')) return DIMMED_OPACITY;
  if (classes.includes('removed')) return 0.25;
  if (status !== undefined && STATUS_STYLES[status].faded) return FADED_OPACITY;
  return 1;
}

function edgeSvg(edge: SnapshotEdge, at: ReadonlyMap<string, SnapshotNode>): string {
  const a = at.get(edge.data.source)?.position;
  const b = at.get(edge.data.target)?.position;
  if (a === undefined || b === undefined) return '';
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length <= 2 * RADIUS) return '';
  const ux = (b.x - a.x) / length;
  const uy = (b.y - a.y) / length;
  const [x1, y1, x2, y2] = [
    a.x + ux * RADIUS,
    a.y + uy * RADIUS,
    b.x - ux * RADIUS,
    b.y - uy * RADIUS,
  ];
  const direct = edge.classes.includes('direct-contact');
  const avoids = edge.classes.includes('avoids-contact');
  const color = direct ? DIRECT_CONTACT_COLOR : avoids ? AVOIDS_CONTACT_COLOR : EDGE_COLOR;
  const width = direct ? 8 : avoids ? 4.5 : 2;
  const marker = direct ? 'arrow-direct' : avoids ? 'arrow-avoids' : 'arrow';
  const line = `x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"`;
  const main = `<line ${line} stroke="${color}" stroke-width="${String(width)}"${direct ? '' : dash(edge.data.status)} marker-end="url(#${marker})"/>`;
  // The white core stops short of the arrow head, which stays solid red.
  const core = `x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2 - ux * 14)}" y2="${n(y2 - uy * 14)}"`;
  const inner = direct ? `<line ${core} stroke="#FFFFFF" stroke-width="3"/>` : '';
  const label = `<text x="${n((x1 + x2) / 2)}" y="${n((y1 + y2) / 2 - 6)}" text-anchor="middle" font-size="11" fill="#4B5563">${escapeXml(edge.data.label)}</text>`;
  return `<g class="edge" data-id="${escapeXml(edge.data.id)}" opacity="${String(opacity(edge.classes, edge.data.status))}">${main}${inner}${label}</g>`;
}

function nodeSvg(node: SnapshotNode): string {
  const { shape, color, border } = KIND_STYLES[node.data.kind];
  const { x, y } = node.position;
  const scale = NODE_SIZE / 20;
  const stroke = node.classes.includes('loses-access')
    ? DIRECT_CONTACT_COLOR
    : node.classes.includes('avoids-contact')
      ? AVOIDS_CONTACT_COLOR
      : border;
  const shapeSvg = `<path d="${SHAPE_PATHS[shape]}" transform="translate(${n(x - NODE_SIZE / 2)} ${n(y - NODE_SIZE / 2)}) scale(${String(scale)})" fill="${color}" stroke="${stroke}" stroke-width="${stroke === border ? '1' : '2.5'}"/>`;
  const label = `<text x="${n(x)}" y="${n(y + NODE_SIZE / 2 + 16)}" text-anchor="middle" font-size="13" font-weight="500" fill="#1F2933">${escapeXml(node.data.label)}</text>`;
  return `<g class="node" data-id="${escapeXml(node.data.id)}" data-kind="${node.data.kind}" opacity="${String(opacity(node.classes))}">${shapeSvg}${label}</g>`;
}

function marker(id: string, color: string, size = 11): string {
  // User-space units: the arrow keeps its size whatever the line's width.
  return `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="${String(size)}" markerHeight="${String(size)}" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${color}"/></marker>`;
}

/** The snapshot as an SVG document; the view box fits every node and its label. */
export function toSvg(snapshot: CanvasSnapshot, title = 'Detour network'): string {
  const xs = snapshot.nodes.map((node) => node.position.x);
  const ys = snapshot.nodes.map((node) => node.position.y);
  const minX = (xs.length > 0 ? Math.min(...xs) : 0) - MARGIN - 60;
  const minY = (ys.length > 0 ? Math.min(...ys) : 0) - MARGIN;
  const width = (xs.length > 0 ? Math.max(...xs) : 0) + MARGIN + 60 - minX;
  const height = (ys.length > 0 ? Math.max(...ys) : 0) + MARGIN + 20 - minY;
  const at = new Map(snapshot.nodes.map((node) => [node.data.id, node]));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(minX)} ${n(minY)} ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" font-family="${FONT}">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs>${marker('arrow', EDGE_COLOR)}${marker('arrow-avoids', AVOIDS_CONTACT_COLOR)}${marker('arrow-direct', DIRECT_CONTACT_COLOR, 18)}</defs>`,
    `<rect x="${n(minX)}" y="${n(minY)}" width="${n(width)}" height="${n(height)}" fill="#FFFFFF"/>`,
    ...snapshot.edges.map((edge) => edgeSvg(edge, at)),
    ...snapshot.nodes.map(nodeSvg),
    '</svg>',
    '',
  ].join('\n');
}
