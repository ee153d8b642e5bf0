// How the graph looks, as data: one entry per entity kind and per status, read by both the
// Cytoscape stylesheet and the legend so the two cannot disagree.
import { ENTITY_KINDS, STATUSES, type EntityKind, type Status } from '@detour/domain';
import type { StylesheetJson, StylesheetJsonBlock } from 'cytoscape';
import { BEND_STEP, MAX_BEND_STEPS } from './edgeBends.ts';
import { MARK_STYLES } from './markStyles.ts';
import { MARKS, type Mark } from './marks.ts';

/** The Cytoscape node shapes Detour uses (each has a matching legend icon in KindIcon.tsx). */
export type KindShape =
  | 'ellipse'
  | 'round-triangle'
  | 'diamond'
  | 'round-rectangle'
  | 'hexagon'
  | 'cut-rectangle'
  | 'round-pentagon'
  | 'tag'
  | 'barrel';

export interface KindStyle {
  readonly shape: KindShape;
  /** Fill; from the Okabe–Ito palette, which stays distinct for colour-blind readers. */
  readonly color: string;
  /** Outline, darker than the fill so light fills stand out on white. */
  readonly border: string;
}

export const KIND_STYLES: Readonly<Record<EntityKind, KindStyle>> = {
  EndUser: { shape: 'ellipse', color: '#D55E00', border: '#8F3F00' },
  Person: { shape: 'round-triangle', color: '#F0E442', border: '#8A8100' },
  Intermediary: { shape: 'diamond', color: '#E69F00', border: '#8F6300' },
  CloudProvider: { shape: 'round-rectangle', color: '#0072B2', border: '#004A75' },
  Vendor: { shape: 'hexagon', color: '#009E73', border: '#00664A' },
  Chip: { shape: 'cut-rectangle', color: '#CC79A7', border: '#8E4A70' },
  Model: { shape: 'round-pentagon', color: '#56B4E9', border: '#2A7FAF' },
  ControlList: { shape: 'tag', color: '#3F3F46', border: '#18181B' },
  Regulation: { shape: 'barrel', color: '#A1A1AA', border: '#52525B' },
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface StatusStyle {
  readonly lineStyle: LineStyle;
  /** Faded lines are for what has not (yet) happened or could not be checked. */
  readonly faded: boolean;
}

export const STATUS_STYLES: Readonly<Record<Status, StatusStyle>> = {
  confirmed: { lineStyle: 'solid', faded: false },
  reported: { lineStyle: 'dashed', faded: false },
  alleged: { lineStyle: 'dotted', faded: false },
  planned: { lineStyle: 'dashed', faded: true },
  unverified: { lineStyle: 'dotted', faded: true },
};

export const DASH_PATTERN: readonly [number, number] = [7, 4];
export const FADED_OPACITY = 0.4;
export const EDGE_COLOR = '#5B6472';
export const SELECTED_COLOR = '#1D4ED8';
const LABEL_COLOR = '#1F2933';
const NODE_SIZE = 34;
/** A group of this many or more is drawn at its largest. */
const GROUP_SIZE_AT = 2_000;
const GROUP_EDGE_COLOR = '#9AA3AF';

function kindBlock(kind: EntityKind): StylesheetJsonBlock {
  const { shape, color, border } = KIND_STYLES[kind];
  return {
    selector: `node[kind = "${kind}"]`,
    style: { shape, 'background-color': color, 'border-color': border },
  };
}

/** In the simple style only fading tells statuses apart: dashes are the costliest lines to draw. */
function statusBlock(status: Status, simple: boolean): StylesheetJsonBlock {
  const { lineStyle, faded } = STATUS_STYLES[status];
  return {
    selector: `edge[status = "${status}"]`,
    style: {
      ...(simple ? {} : { 'line-style': lineStyle }),
      ...(lineStyle === 'dashed' && !simple ? { 'line-dash-pattern': [...DASH_PATTERN] } : {}),
      opacity: faded ? FADED_OPACITY : 1,
    },
  };
}

/** One class per bend step and side; edgeBends.ts picks which one an edge gets. */
function bendBlocks(): StylesheetJsonBlock[] {
  const blocks: StylesheetJsonBlock[] = [];
  for (let step = 1; step <= MAX_BEND_STEPS; step++) {
    for (const [side, sign] of [
      ['pos', 1],
      ['neg', -1],
    ] as const) {
      blocks.push({
        selector: `edge.bend-${side}-${step}`,
        style: {
          'curve-style': 'unbundled-bezier',
          'control-point-distances': [sign * step * BEND_STEP],
          'control-point-weights': [0.5],
        },
      });
    }
  }
  return blocks;
}

function markBlocks(mark: Mark): StylesheetJsonBlock[] {
  const { node, edge } = MARK_STYLES[mark];
  return [
    ...(node === undefined ? [] : [{ selector: `node.${mark}`, style: node }]),
    ...(edge === undefined ? [] : [{ selector: `edge.${mark}`, style: edge }]),
  ];
}

export interface StylesheetOptions {
  /**
   * For large graphs: straight, solid "haystack" edges without labels or arrows, no bends, and
   * unwrapped node labels only once zoomed in. Cheaper to draw, still readable (renderMode.ts).
   */
  readonly simple?: boolean;
}

/**
 * The Cytoscape stylesheet: base node and edge styles, one block per kind and status, then the
 * analysis marks, selection last.
 */
export function graphStylesheet(options: StylesheetOptions = {}): StylesheetJson {
  const simple = options.simple === true;
  return [
    {
      selector: 'node',
      style: {
        width: NODE_SIZE,
        height: NODE_SIZE,
        'border-width': 1.5,
        label: 'data(label)',
        color: LABEL_COLOR,
        'font-family': 'Inter, "Segoe UI", system-ui, sans-serif, "Noto Sans CJK SC"',
        'font-size': 13,
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 6,
        'text-wrap': 'wrap',
        'text-max-width': '160px',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
      },
    },
    ...ENTITY_KINDS.map(kindBlock),
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'line-color': EDGE_COLOR,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': EDGE_COLOR,
        'arrow-scale': 1.1,
        label: 'data(label)',
        color: '#4B5563',
        'font-size': 11,
        'text-rotation': 'autorotate',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        // Edge labels are the first thing to drop when zoomed out: they cost most and read worst.
        'min-zoomed-font-size': 10,
      },
    },
    ...(simple ? [SIMPLE_NODE, SIMPLE_EDGE] : bendBlocks()),
    ...STATUSES.map((status) => statusBlock(status, simple)),
    ...GROUP_BLOCKS,
    ...MARKS.flatMap(markBlocks),
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': SELECTED_COLOR,
        'underlay-color': SELECTED_COLOR,
        'underlay-opacity': 0.15,
        'underlay-padding': 8,
        'font-weight': 700,
      },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 4,
        opacity: 1,
        'line-color': SELECTED_COLOR,
        'target-arrow-color': SELECTED_COLOR,
        color: SELECTED_COLOR,
        'font-weight': 700,
      },
    },
  ];
}

/**
 * Group nodes (groups.ts) grow with how many they stand for, labelled on their left (they are the
 * first layer, and rows sit closer in grouped pictures); their links are plain and solid.
 */
const GROUP_SIZE = `mapData(count, 1, ${String(GROUP_SIZE_AT)}, ${String(NODE_SIZE)}, ${String(NODE_SIZE + 22)})`;
const GROUP_BLOCKS: StylesheetJsonBlock[] = [
  {
    selector: 'node[count]',
    style: {
      width: GROUP_SIZE,
      height: GROUP_SIZE,
      'border-width': 3,
      'background-opacity': 0.75,
      'font-weight': 700,
      'text-valign': 'center',
      'text-halign': 'left',
      'text-margin-x': -8,
      'text-margin-y': 0,
      'text-max-width': '220px',
    },
  },
  {
    selector: 'edge[?grouped]',
    style: { 'line-style': 'solid', opacity: 1, width: 3, 'line-color': GROUP_EDGE_COLOR },
  },
];

const SIMPLE_NODE: StylesheetJsonBlock = {
  selector: 'node',
  // Labels appear only from about 100 % zoom, on one line: thousands of labels, and wrapping
  // them, cost Cytoscape more than anything else it draws, even while zoom hides them.
  style: { 'min-zoomed-font-size': 14, 'text-background-opacity': 0, 'text-wrap': 'none' },
};

const SIMPLE_EDGE: StylesheetJsonBlock = {
  selector: 'edge',
  style: {
    'curve-style': 'haystack',
    'haystack-radius': 0,
    label: '',
    width: 1.5,
    'target-arrow-shape': 'none',
  },
};
