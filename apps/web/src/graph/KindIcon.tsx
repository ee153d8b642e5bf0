// Small SVG twins of the Cytoscape node shapes and line styles, for the legend and search results.
import type { EntityKind, Status } from '@detour/domain';
import type { JSX } from 'react';
import { DASH_PATTERN, EDGE_COLOR, FADED_OPACITY, KIND_STYLES, STATUS_STYLES } from './styles.ts';
import { SHAPE_PATHS } from './shapePaths.ts';

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
