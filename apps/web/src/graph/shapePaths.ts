// SVG twins of the Cytoscape node shapes, for the legend, search results and the SVG export.
import type { KindShape } from './styles.ts';

/** Each shape drawn in a 20×20 box, close to how Cytoscape draws it. */
export const SHAPE_PATHS: Readonly<Record<KindShape, string>> = {
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
