import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAtelierError } from '../../core/index.ts';
import { sampleItem } from '../item-sampler.ts';
import { Random } from '../random.ts';
import { decodePng } from './pixel-analysis.test-support.ts';
import { svgToPng, svgToPngFile } from './png.ts';
import { renderItemSvg } from './product-shot.ts';

describe('svgToPng', () => {
  const item = sampleItem(Random.for(1, 'png'), { id: 'png', category: 'coat' });

  it('gives byte-identical PNGs for the same item, rendered twice', async () => {
    const first = await svgToPng(renderItemSvg(item));
    const second = await svgToPng(renderItemSvg(structuredClone(item)));
    expect(first.equals(second)).toBe(true);
    const other = await svgToPng(renderItemSvg({ ...item, color: item.color === 'red' ? 'blue' : 'red' }));
    expect(first.equals(other)).toBe(false);
  });

  it('renders at the requested size, 512 by default', async () => {
    expect(await decodePng(await svgToPng(renderItemSvg(item)))).toMatchObject({ width: 512, height: 512 });
    expect(await decodePng(await svgToPng(renderItemSvg(item, { size: 200 })))).toMatchObject({
      width: 200,
      height: 200,
    });
  });

  it('fails with RENDER_FAILED on input that is not SVG', async () => {
    const error = await svgToPng('<svg').catch((caught: unknown) => caught);
    expect(isAtelierError(error) && error.code === 'RENDER_FAILED').toBe(true);
  });

  it('writes the same bytes to a file as it returns, and fails with RENDER_FAILED on bad input', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'atelier-png-'));
    try {
      const path = join(folder, 'coat.png');
      await svgToPngFile(renderItemSvg(item), path);
      expect(readFileSync(path).equals(await svgToPng(renderItemSvg(item)))).toBe(true);
      const error = await svgToPngFile('<svg', join(folder, 'bad.png')).catch((caught: unknown) => caught);
      expect(isAtelierError(error) && error.code === 'RENDER_FAILED').toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
