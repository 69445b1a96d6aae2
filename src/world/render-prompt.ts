import { rename, rm, writeFile } from 'node:fs/promises';
import { AtelierError } from '../core/index.ts';
import type { Item } from './item.ts';
import { itemCaption, itemFromPrompt, parsePrompt } from './language/index.ts';
import { Random } from './random.ts';
import { renderItemSvg, svgToPng } from './render/index.ts';

export interface RenderPromptOptions {
  prompt: string;
  out: string;
  seed: number;
  size: number;
}

export interface RenderPromptResult {
  out: string;
  prompt: string;
  seed: number;
  /** Phrases the parser understood and what each was taken to mean. */
  understood: { phrase: string; meaning: string }[];
  /** Words that carried no meaning for the parser. */
  ignored: string[];
  /** Stated attributes that the category cannot have, and were left out. */
  dropped: string[];
  item: Item;
  caption: string;
}

/**
 * The offline text-to-image backend: parse the prompt onto the world's vocabulary, sample whatever
 * it left open from the seed, render. Saying what was understood and what was ignored matters more
 * than the picture: a scorer can check that a prompt asked for the right attributes.
 */
export async function renderPrompt(options: RenderPromptOptions): Promise<RenderPromptResult> {
  if (!options.out.toLowerCase().endsWith('.png')) {
    throw new AtelierError('INVALID_ARGUMENT', `--out ${options.out} must be a .png file`, {
      hint: 'Pass --out followed by a path ending in .png.',
    });
  }
  if (!Number.isInteger(options.size) || options.size < 64 || options.size > 8192) {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `--size must be an integer from 64 to 8192, got ${options.size}`,
      {
        hint: 'Pass --size 512 or another value in range.',
      },
    );
  }
  const parsed = parsePrompt(options.prompt);
  if (parsed.recognised.length === 0) {
    throw new AtelierError(
      'PROMPT_NOT_UNDERSTOOD',
      `no garment attribute recognised in "${options.prompt}"`,
      {
        hint: 'Name at least a category, colour or pattern, for example "red striped skirt".',
      },
    );
  }
  const random = Random.for(options.seed, `prompt:${options.prompt}`);
  const { item, dropped } = itemFromPrompt(parsed.attributes, random, 'generated');
  const png = await svgToPng(renderItemSvg(item, { size: options.size }));
  const staging = `${options.out}.partial-${process.pid}`;
  try {
    await writeFile(staging, png);
    await rename(staging, options.out);
  } catch (error) {
    await rm(staging, { force: true });
    throw new AtelierError(
      'OUTPUT_NOT_WRITABLE',
      `cannot write ${options.out}: ${(error as Error).message}`,
      {
        hint: 'Check that the folder exists and that you may write to it.',
        cause: error,
      },
    );
  }
  return {
    out: options.out,
    prompt: options.prompt,
    seed: options.seed,
    understood: parsed.recognised,
    ignored: parsed.ignored,
    dropped,
    item,
    caption: itemCaption(item, Random.for(options.seed, 'caption')),
  };
}
