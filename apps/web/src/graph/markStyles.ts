// How each analysis mark looks (marks.ts says what they mean). One entry per mark, so the
// stylesheet, the legend and the SVG export read the same table.
import type { Css } from 'cytoscape';
import type { Mark } from './marks.ts';

/** Paths that avoid direct contact with the provider: the thing analysts look for. */
export const AVOIDS_CONTACT_COLOR = '#7E22CE';
/** An end user's own contract with a provider, and end users that lose access. */
export const DIRECT_CONTACT_COLOR = '#B42318';
export const FOCUS_COLOR = '#1D4ED8';
export const DIMMED_OPACITY = 0.16;

export interface MarkStyle {
  readonly node?: Css.Node;
  readonly edge?: Css.Edge;
}

export const MARK_STYLES: Readonly<Record<Mark, MarkStyle>> = {
  'direct-contact': {
    // A white line inside a red outline reads as a double red line.
    edge: {
      width: 3,
      'line-style': 'solid',
      'line-color': '#FFFFFF',
      'line-outline-width': 2.5,
      'line-outline-color': DIRECT_CONTACT_COLOR,
      'target-arrow-color': DIRECT_CONTACT_COLOR,
      opacity: 1,
    },
  },
  'avoids-contact': {
    node: { 'border-width': 4, 'border-color': AVOIDS_CONTACT_COLOR },
    edge: {
      width: 4.5,
      'line-color': AVOIDS_CONTACT_COLOR,
      'target-arrow-color': AVOIDS_CONTACT_COLOR,
      opacity: 1,
      'z-index': 5,
    },
  },
  listed: {
    node: { 'border-width': 5, 'border-style': 'double', 'border-color': '#18181B' },
  },
  'loses-access': {
    node: {
      'border-width': 5,
      'border-color': DIRECT_CONTACT_COLOR,
      'underlay-color': DIRECT_CONTACT_COLOR,
      'underlay-opacity': 0.22,
      'underlay-padding': 10,
    },
  },
  removed: {
    node: { opacity: 0.3, 'border-style': 'dashed' },
    edge: { opacity: 0.18 },
  },
  focus: {
    node: {
      'underlay-color': FOCUS_COLOR,
      'underlay-opacity': 0.18,
      'underlay-padding': 9,
      'font-weight': 700,
      'z-index': 10,
    },
    edge: { width: 6, 'z-index': 10, 'font-weight': 700 },
  },
  dimmed: {
    node: { opacity: DIMMED_OPACITY },
    edge: { opacity: DIMMED_OPACITY },
  },
};
