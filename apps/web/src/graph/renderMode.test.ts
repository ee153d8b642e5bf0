import { describe, expect, it } from 'vitest';
import {
  SIMPLE_STYLE_THRESHOLD,
  WEBGL_THRESHOLD,
  chooseRenderMode,
  webglAvailable,
} from './renderMode.ts';

describe('chooseRenderMode', () => {
  it('draws small graphs in full', () => {
    expect(chooseRenderMode(40, true)).toEqual({ simple: false, webgl: false });
    expect(chooseRenderMode(SIMPLE_STYLE_THRESHOLD, true)).toEqual({ simple: false, webgl: false });
  });

  it('simplifies styles past about two thousand elements', () => {
    expect(chooseRenderMode(SIMPLE_STYLE_THRESHOLD + 1, true)).toEqual({
      simple: true,
      webgl: false,
    });
  });

  it('switches to WebGL past about five thousand, only where WebGL exists', () => {
    expect(chooseRenderMode(WEBGL_THRESHOLD + 1, true)).toEqual({ simple: true, webgl: true });
    expect(chooseRenderMode(WEBGL_THRESHOLD + 1, false)).toEqual({ simple: true, webgl: false });
  });

  it('finds no WebGL outside a browser', () => {
    expect(webglAvailable()).toBe(false);
  });
});
