import { describe, expect, it } from 'vitest';
import { zoomBox } from './zoom-box.ts';

const pixels = { format: 'pixels', width: 2048, height: 1536, minSide: 32, name: 'image-1' } as const;
const normalized = { ...pixels, format: 'normalized-1000' } as const;

describe('zoomBox', () => {
  it('keeps a pixel box inside the image as it is', () => {
    expect(zoomBox([100, 200, 900, 800], pixels)).toEqual({
      box: [100, 200, 900, 800],
      clamped: false,
      grown: false,
    });
  });

  it('converts 0–1000 coordinates on each axis', () => {
    expect(zoomBox([250, 250, 750, 750], normalized).box).toEqual([512, 384, 1536, 1152]);
    expect(zoomBox([0, 0, 1000, 1000], normalized).box).toEqual([0, 0, 2048, 1536]);
  });

  it('rounds fractional pixels outwards', () => {
    expect(zoomBox([10.4, 20.6, 99.2, 99.9], pixels).box).toEqual([10, 20, 100, 100]);
  });

  it('clamps a box that sticks out of the image', () => {
    expect(zoomBox([-50, -20, 700, 600], pixels)).toEqual({
      box: [0, 0, 700, 600],
      clamped: true,
      grown: false,
    });
    expect(zoomBox([1900, 1400, 2300, 1700], pixels).box).toEqual([1900, 1400, 2048, 1536]);
  });

  it('grows a small box around its centre to the minimum side, staying inside the image', () => {
    expect(zoomBox([1000, 1000, 1010, 1004], pixels)).toEqual({
      box: [989, 986, 1021, 1018],
      clamped: false,
      grown: true,
    });
    expect(zoomBox([2040, 1530, 2048, 1536], pixels).box).toEqual([2016, 1504, 2048, 1536]);
    expect(zoomBox([0, 0, 1, 1], pixels).box).toEqual([0, 0, 32, 32]);
    // An image smaller than the minimum is taken whole.
    expect(zoomBox([2, 2, 4, 4], { ...pixels, width: 20, height: 10 }).box).toEqual([0, 0, 20, 10]);
  });

  it('refuses inverted and empty boxes, saying the image size and the format', () => {
    expect(() => zoomBox([500, 500, 400, 600], pixels)).toThrow(
      /inverted or empty.*2048×1536 px.*in its pixels/,
    );
    expect(() => zoomBox([500, 500, 500, 600], pixels)).toThrow(/inverted or empty/);
    expect(() => zoomBox([500, 600, 700, 600], normalized)).toThrow(/0–1000 scale/);
  });

  it('refuses a box entirely outside the image', () => {
    expect(() => zoomBox([3000, 100, 3100, 200], pixels)).toThrow(
      /entirely outside image-1 \(image-1 is 2048×1536 px/,
    );
    expect(() => zoomBox([-100, -100, 0, 0], pixels)).toThrow(/entirely outside/);
    expect(() => zoomBox([1000, 1000, 1200, 1200], normalized)).toThrow(/entirely outside/);
  });

  it('throws an argument error the agent reports as such', () => {
    try {
      zoomBox([5, 5, 1, 1], pixels);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'TOOL_ARGUMENTS_INVALID' });
    }
  });
});
