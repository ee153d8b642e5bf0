import { describe, expect, it } from 'vitest';
import {
  SIMPLE_STYLE_THRESHOLD,
  WEBGL_THRESHOLD,
  chooseRenderMode,
  isSoftwareRenderer,
  webglAvailable,
} from './renderMode.ts';

describe('chooseRenderMode', () => {
  it('draws small graphs in full', () => {
    expect(chooseRenderMode(40, true)).toEqual({ simple: false, webgl: false });
    expect(chooseRenderMode(SIMPLE_STYLE_THRESHOLD, true)).toEqual({ simple: false, webgl: false });
  });

  it('simplifies styles past about a thousand elements', () => {
    expect(chooseRenderMode(SIMPLE_STYLE_THRESHOLD + 1, true)).toEqual({
      simple: true,
      webgl: false,
    });
    // The benchmark's 2,000-element graph, which must render within a second.
    expect(chooseRenderMode(2_000, false)).toEqual({ simple: true, webgl: false });
  });

  it('switches to WebGL past about five thousand, only where WebGL exists', () => {
    expect(chooseRenderMode(WEBGL_THRESHOLD + 1, true)).toEqual({ simple: true, webgl: true });
    expect(chooseRenderMode(WEBGL_THRESHOLD + 1, false)).toEqual({ simple: true, webgl: false });
  });

  it('finds no WebGL outside a browser', () => {
    expect(webglAvailable()).toBe(false);
  });
});

describe('isSoftwareRenderer', () => {
  it('recognises WebGL that runs on the CPU, which is slower than the canvas renderer', () => {
    expect(
      isSoftwareRenderer(
        'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      ),
    ).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('Microsoft Basic Render Driver')).toBe(true);
  });

  it('accepts a real GPU', () => {
    expect(
      isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)'),
    ).toBe(false);
    expect(isSoftwareRenderer('Apple M2')).toBe(false);
    expect(isSoftwareRenderer('Mesa Intel(R) UHD Graphics 620 (KBL GT2)')).toBe(false);
  });
});
