/**
 * The eval benchmark's data set: a JSONL file of multiple-choice rows, as a user would download one,
 * pointing at a few distinct 512-px product shots rendered by the world (sharp / librsvg → PNG).
 * Written line by line, so a 100,000-row file never sits in memory here either.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderItemSvg, svgToPng, worldItemPool } from '../src/world/index.ts';

export interface EvalDataset {
  file: string;
  samples: number;
  images: number;
  /** Mean PNG size of the images, in bytes. */
  meanImageBytes: number;
}

const COLOURS = ['navy', 'ivory', 'burgundy', 'olive', 'camel', 'black'];

export async function writeEvalImages(folder: string, images: number): Promise<number> {
  await mkdir(join(folder, 'images'), { recursive: true });
  const pool = worldItemPool(7, Math.max(images, 1));
  let bytes = 0;
  for (let index = 0; index < images; index += 1) {
    const png = await svgToPng(renderItemSvg(pool.get(index), { size: 512 }));
    await writeFile(join(folder, 'images', `item-${index}.png`), png);
    bytes += png.byteLength;
  }
  return bytes / Math.max(images, 1);
}

/** Writes `samples` rows to `name` in `folder`, whose images/ must already hold `images` PNGs. */
export async function writeEvalDataset(
  folder: string,
  name: string,
  samples: number,
  images: number,
): Promise<EvalDataset> {
  const file = join(folder, name);
  const out = createWriteStream(file);
  for (let index = 0; index < samples; index += 1) {
    const shift = index % COLOURS.length;
    const choices = [0, 1, 2, 3].map((offset) => COLOURS[(shift + offset) % COLOURS.length]);
    const row = {
      id: `q-${index}`,
      question: `What colour is the collar of the garment in the picture? (item ${index % images})`,
      image: `images/item-${index % images}.png`,
      choices,
      answer: 'ABCD'[index % 4],
      category: 'colour',
    };
    if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  let imageBytes = 0;
  for (let index = 0; index < images; index += 1) {
    imageBytes += (await stat(join(folder, 'images', `item-${index}.png`))).size;
  }
  return { file, samples, images, meanImageBytes: imageBytes / Math.max(images, 1) };
}
