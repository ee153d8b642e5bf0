// Small SVG twins of the Cytoscape node shapes and line styles, for the legend and search results.
import type { EntityKind, Status } from '@detour/domain';
import type { JSX } from 'react';
import {
  DASH_PATTERN,
  EDGE_COLOR,
  FADED_OPACITY,
  KIND_STYLES,
  STATUS_STYLES,
  type KindShape,
} from './styles.ts';

/** Each shape drawn in a 20×20 box, close to how Cytoscape draws it. */
const SHAPE_PATHS: Readonly<Record<KindShape, string>> = {
  ellipse: 'M10 2a8 8 0 1 1 0 16a8 8 0 1 1 0-16Z',
  'round-triangle': 'M10 2.5L18 17H2Z',
  diamond: 'M10 1.5L18.5 10L10 18.5L1.5 10Z',
  'round-rectangle':
    'M6 2.5H14A3.5 3.5 0 0 1 17.5 6V14A3.5 3.5 0 0 1 14 17.5H6A3.5 3.5 0 0 1 2.5 14V6A3.5 3.5 0 0 1 6 2.5Z',
  hexagon: 'M1.5 10L5.75 2.6H14.25L18.5 10L14.25 17.4H5.75Z',
  'cut-rectangle': 'M6 2.5H14L17.5 6V14L14 17.5H6L2.5 14V6Z',
  'round-pentagon': 'M10 2L18 8L15 17.5H5L2 8Z',
  tag: 'M2.5 4H13L17.5 10L13 16H2.5Z',
  barrel: 'M4.5 2.5H15.5Q18.5 10 15.5 17.5H4.5Q1.5 10 4.5 2.5Z',
};

export function KindIcon({ kind, size = 16 }: { kind: EntityKind; size?: number }): JSX.Element {
  const { shape, color, border } = KIND_STYLES[kind];
  const rounded = shape.startsWith('round');
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" className="kind-icon">
      <path
        d={SHAPE_PATHS[shape]}
        fill={color}
        stroke={border}
        strokeWidth={1.5}
        strokeLinejoin={rounded ? 'round' : 'miter'}
      />
    </svg>
  );
}

export function StatusLine({
  status,
  width = 36,
}: {
  status: Status;
  width?: number;
}): JSX.Element {
  const { lineStyle, faded } = STATUS_STYLES[status];
  const dash =
    lineStyle === 'dashed' ? DASH_PATTERN.join(' ') : lineStyle === 'dotted' ? '0.1 4' : undefined;
  return (
    <svg
      width={width}
      height={10}
      viewBox={`0 0 ${width} 10`}
      aria-hidden="true"
      className="status-line"
    >
      <g opacity={faded ? FADED_OPACITY : 1}>
        <line
          x1={1}
          y1={5}
          x2={width - 7}
          y2={5}
          stroke={EDGE_COLOR}
          strokeWidth={2}
          strokeDasharray={dash}
          strokeLinecap={lineStyle === 'dotted' ? 'round' : 'butt'}
        />
        <path d={`M${width - 8} 1.5L${width - 1} 5L${width - 8} 8.5Z`} fill={EDGE_COLOR} />
      </g>
    </svg>
  );
}
