// Where to zoom and pan so the whole graph shows inside the canvas, clear of what sits over it.
// Cytoscape's own fit takes one padding for all sides; the status line needs more room on top.

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly w: number;
  readonly h: number;
}

export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

/**
 * The viewport that centres `bounds` (model coordinates) in the canvas area left free by
 * `insets`, as large as fits but no larger than `maxZoom`, so a handful of nodes is not blown up.
 */
export function fitViewport(
  bounds: Box,
  canvas: { readonly width: number; readonly height: number },
  insets: Insets,
  zoomRange: { readonly min: number; readonly max: number },
): Viewport {
  const width = Math.max(canvas.width - insets.left - insets.right, 1);
  const height = Math.max(canvas.height - insets.top - insets.bottom, 1);
  const fit = Math.min(width / Math.max(bounds.w, 1), height / Math.max(bounds.h, 1));
  const zoom = Math.min(Math.max(fit, zoomRange.min), zoomRange.max);
  return {
    zoom,
    pan: {
      x: insets.left + (width - bounds.w * zoom) / 2 - bounds.x1 * zoom,
      y: insets.top + (height - bounds.h * zoom) / 2 - bounds.y1 * zoom,
    },
  };
}
