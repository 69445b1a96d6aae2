/**
 * Which block weights make image-to-image search return the same category first, then the same
 * colour? `npx tsx src/embed/classic/tune-weights.bench.ts [--seed 5] [--count 600] [--size 192]
 * [--search] [--min-colour 0.35]` renders world product shots, describes each once into blocks, and
 * measures, for the weights in classic-descriptor.ts, how often the nearest other item and the 5
 * nearest share the query's category, its colour, and both. Then it prints each block alone and the
 * trade as the colour weights move. With --search it looks for better weights by coordinate ascent:
 * top-1 plus top-5 same category (plus a little same colour) while top-5 same colour stays at or
 * above --min-colour. The weights in classic-descriptor.ts came from `--count 1000 --search`.
 * The last line is one JSON object.
 *
 * `--write-reference` (run it with `--seed 1 --count 600`, a seed the weights are not tuned on)
 * rewrites reference-statistics.ts from the rendered items instead.
 */
import { writeFileSync } from 'node:fs';
import { type Item, Random, renderItemSvg, sampleItem, svgToPng } from '../../world/index.ts';
import {
  CLASSIC_BLOCKS,
  CLASSIC_SIDE,
  type ClassicBlockName,
  type ClassicBlocks,
  describeBlocks,
  standardizeBlock,
} from './classic-descriptor.ts';
import { decodeToLab } from './decode-image.ts';

const NEIGHBOURS = 5;
/** Share of within-category variance added to each value's, so near-constant values get no huge scale. */
const SCALE_FLOOR = 0.05;
/**
 * A value's scale is its between- over within-category variance to this power. On seed 5 with the
 * weights re-tuned for each, top-1 same category was 0.89 at 0.5, 0.90 at 0.75 and 0.896 at 1 (top-5
 * about 0.87 for all three).
 */
const SCALE_POWER = 0.75;

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? fallback : Number(process.argv[index + 1]);
}

const seed = flag('seed', 5);
const count = flag('count', 600);
const size = flag('size', 192);
const minColour = flag('min-colour', 0.35);
const search = process.argv.includes('--search');
const writeReference = process.argv.includes('--write-reference');
const names = CLASSIC_BLOCKS.map((block) => block.name);

async function describeWorld(): Promise<{ items: Item[]; blocks: ClassicBlocks[]; describeMs: number }> {
  const items: Item[] = [];
  const blocks: ClassicBlocks[] = [];
  let describeMs = 0;
  const started = performance.now();
  for (let index = 0; index < count; index++) {
    const item = sampleItem(Random.for(seed, `item:${index}`), { id: `item-${index}` });
    const image = await decodeToLab(await svgToPng(renderItemSvg(item, { size })), CLASSIC_SIDE, 'image');
    const describing = performance.now();
    blocks.push(describeBlocks(image));
    describeMs += performance.now() - describing;
    items.push(item);
    if ((index + 1) % 100 === 0 || index + 1 === count) {
      const perItem = (performance.now() - started) / (index + 1);
      process.stderr.write(
        `described ${index + 1}/${count} (${perItem.toFixed(0)} ms/item, ` +
          `${((perItem * (count - index - 1)) / 1000).toFixed(0)} s left)\n`,
      );
    }
  }
  return { items, blocks, describeMs: describeMs / count };
}

/** Per value: the mean, and (between-category / within-category variance)^SCALE_POWER over the items. */
function referenceStatistics(items: readonly Item[], values: readonly Float32Array[]) {
  const length = (values[0] as Float32Array).length;
  const mean = new Float64Array(length);
  const byCategory = new Map<string, { count: number; sum: Float64Array }>();
  values.forEach((vector, index) => {
    const category = (items[index] as Item).category;
    const group = byCategory.get(category) ?? { count: 0, sum: new Float64Array(length) };
    byCategory.set(category, group);
    group.count++;
    for (let value = 0; value < length; value++) {
      mean[value] = (mean[value] as number) + (vector[value] as number) / values.length;
      group.sum[value] = (group.sum[value] as number) + (vector[value] as number);
    }
  });
  const within = new Float64Array(length);
  const between = new Float64Array(length);
  values.forEach((vector, index) => {
    const group = byCategory.get((items[index] as Item).category) as { count: number; sum: Float64Array };
    for (let value = 0; value < length; value++) {
      const deviation = (vector[value] as number) - (group.sum[value] as number) / group.count;
      within[value] = (within[value] as number) + (deviation * deviation) / values.length;
    }
  });
  for (const group of byCategory.values()) {
    for (let value = 0; value < length; value++) {
      const deviation = (group.sum[value] as number) / group.count - (mean[value] as number);
      between[value] = (between[value] as number) + (group.count / values.length) * deviation * deviation;
    }
  }
  const floor = (SCALE_FLOOR * within.reduce((sum, value) => sum + value, 0)) / length;
  const scale = Array.from(
    between,
    (value, index) => (value / ((within[index] as number) + floor)) ** SCALE_POWER,
  );
  return { mean: Array.from(mean), scale };
}

/** Reference values are written as integers in units of 10⁻⁴ (see reference-statistics.ts). */
const UNITS_PER_ONE = 1e4;

function numberLines(values: readonly number[]): string {
  const words = values.map((value) => String(Math.round(value * UNITS_PER_ONE)));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line.length + word.length > 96) {
      lines.push(line);
      line = '';
    }
    line += `${word}, `;
  }
  lines.push(line);
  return lines.map((text) => `      ${text.trimEnd()}`).join('\n');
}

function writeReferenceFile(items: readonly Item[], blocks: readonly ClassicBlocks[]): void {
  const entries = CLASSIC_BLOCKS.filter((block) => block.standardised).map(({ name }) => {
    const { mean, scale } = referenceStatistics(
      items,
      blocks.map((block) => block[name]),
    );
    return `  '${name}': {\n    mean: [\n${numberLines(mean)}\n    ],\n    scale: [\n${numberLines(scale)}\n    ],\n  },`;
  });
  const file = new URL('./reference-statistics.ts', import.meta.url);
  writeFileSync(
    file,
    '/**\n' +
      ' * Generated by `npx tsx src/embed/classic/tune-weights.bench.ts --write-reference' +
      ` --seed ${seed} --count ${count} --size ${size}\`;\n` +
      ' * do not edit. Per standardised block of classic-descriptor.ts: the mean of each value over the\n' +
      ` * rendered world items, and its between- over within-category variance to the power ${SCALE_POWER}.\n` +
      ' * Stored as integers in units of 10⁻⁴ so that no literal looks to the linter like a mistyped Math\n' +
      ' * constant.\n' +
      ' */\n' +
      `const UNIT = ${1 / UNITS_PER_ONE};\n\n` +
      `const STORED: Record<string, { mean: number[]; scale: number[] }> = {\n${entries.join('\n')}\n};\n\n` +
      'export const REFERENCE_STATISTICS: Readonly<\n' +
      '  Record<string, { mean: Float32Array; scale: Float32Array } | undefined>\n' +
      '> = Object.fromEntries(\n' +
      '  Object.entries(STORED).map(([name, { mean, scale }]) => [\n' +
      '    name,\n' +
      '    { mean: Float32Array.from(mean, (value) => value * UNIT), scale: Float32Array.from(scale, (value) => value * UNIT) },\n' +
      '  ]),\n' +
      ');\n',
  );
  process.stdout.write(
    `wrote ${file.pathname}; format it with \`npx biome check --write\` and bump REVISION in classic-descriptor.ts\n`,
  );
}

/** Cosines of every pair of items within one block, n × n. */
function gram(vectors: readonly Float32Array[]): Float32Array {
  const n = vectors.length;
  const out = new Float32Array(n * n);
  for (let first = 0; first < n; first++) {
    const a = vectors[first] as Float32Array;
    for (let second = first; second < n; second++) {
      const b = vectors[second] as Float32Array;
      let sum = 0;
      for (let index = 0; index < a.length; index++) sum += (a[index] as number) * (b[index] as number);
      out[first * n + second] = sum;
      out[second * n + first] = sum;
    }
  }
  return out;
}

interface Rates {
  top1Category: number;
  top5Category: number;
  top1Colour: number;
  top5Colour: number;
  top5Both: number;
}

/** Neighbour agreement for weights: ranks by Σ w² · block cosine, ties to the lower index. */
function rates(items: readonly Item[], grams: readonly Float32Array[], weights: readonly number[]): Rates {
  const n = items.length;
  const squared = weights.map((weight) => weight * weight);
  const scores = new Float64Array(n);
  const top = new Int32Array(NEIGHBOURS);
  const topScore = new Float64Array(NEIGHBOURS);
  const totals = { top1Category: 0, top5Category: 0, top1Colour: 0, top5Colour: 0, top5Both: 0 };
  for (let query = 0; query < n; query++) {
    scores.fill(0);
    grams.forEach((matrix, block) => {
      const weight = squared[block] as number;
      if (weight === 0) return;
      for (let other = 0; other < n; other++) {
        scores[other] = (scores[other] as number) + weight * (matrix[query * n + other] as number);
      }
    });
    topScore.fill(Number.NEGATIVE_INFINITY);
    for (let other = 0; other < n; other++) {
      const score = scores[other] as number;
      if (other === query || score <= (topScore[NEIGHBOURS - 1] as number)) continue;
      let rank = NEIGHBOURS - 1;
      while (rank > 0 && (topScore[rank - 1] as number) < score) {
        topScore[rank] = topScore[rank - 1] as number;
        top[rank] = top[rank - 1] as number;
        rank--;
      }
      topScore[rank] = score;
      top[rank] = other;
    }
    const item = items[query] as Item;
    top.forEach((other, rank) => {
      const sameCategory = (items[other] as Item).category === item.category;
      const sameColour = (items[other] as Item).color === item.color;
      if (sameCategory) totals.top5Category++;
      if (sameColour) totals.top5Colour++;
      if (sameCategory && sameColour) totals.top5Both++;
      if (rank === 0 && sameCategory) totals.top1Category++;
      if (rank === 0 && sameColour) totals.top1Colour++;
    });
  }
  return {
    top1Category: totals.top1Category / n,
    top5Category: totals.top5Category / (n * NEIGHBOURS),
    top1Colour: totals.top1Colour / n,
    top5Colour: totals.top5Colour / (n * NEIGHBOURS),
    top5Both: totals.top5Both / (n * NEIGHBOURS),
  };
}

function format(result: Rates): string {
  const figure = (value: number) => value.toFixed(3);
  return (
    `category ${figure(result.top1Category)} / ${figure(result.top5Category)}   ` +
    `colour ${figure(result.top1Colour)} / ${figure(result.top5Colour)}   both ${figure(result.top5Both)}`
  );
}

function objective(result: Rates): number {
  const shortfall = Math.max(0, minColour - result.top5Colour);
  return result.top1Category + result.top5Category + 0.3 * result.top5Colour - 5 * shortfall;
}

function searchWeights(items: readonly Item[], grams: readonly Float32Array[], start: readonly number[]) {
  let weights = [...start];
  let best = objective(rates(items, grams, weights));
  for (let round = 0; round < 4; round++) {
    let improved = false;
    for (let block = 0; block < weights.length; block++) {
      for (const factor of [0, 0.5, 0.7, 0.85, 0.93, 1.08, 1.2, 1.4, 2]) {
        const trial = [...weights];
        trial[block] = factor === 0 ? 0 : ((trial[block] as number) || 0.15) * factor;
        if (trial.every((weight) => weight === 0)) continue;
        const score = objective(rates(items, grams, trial));
        if (score > best + 1e-4) {
          best = score;
          weights = trial;
          improved = true;
        }
      }
    }
    const result = rates(items, grams, weights);
    process.stdout.write(`search round ${round + 1}: ${format(result)}\n`);
    if (!improved) break;
  }
  return weights.map((weight) => Number(weight.toFixed(3)));
}

const { items, blocks, describeMs } = await describeWorld();
if (writeReference) {
  writeReferenceFile(items, blocks);
} else {
  const grams = names.map((name: ClassicBlockName) =>
    gram(blocks.map((block) => standardizeBlock(name, block[name]))),
  );
  const weights = CLASSIC_BLOCKS.map((block) => block.weight);
  process.stdout.write(`${count} world items, seed ${seed}, ${size}-px renders, top-1 / top-${NEIGHBOURS}\n`);
  const current = rates(items, grams, weights);
  process.stdout.write(`current weights      ${format(current)}\n`);
  names.forEach((name, block) => {
    const alone = weights.map((_, index) => (index === block ? 1 : 0));
    process.stdout.write(`  ${name.padEnd(20)} ${format(rates(items, grams, alone))}\n`);
  });
  for (const factor of [0, 0.5, 0.75, 1.25, 1.5]) {
    const scaled = CLASSIC_BLOCKS.map(
      (block) => (block.name.startsWith('color') ? factor : 1) * block.weight,
    );
    process.stdout.write(`colour weights × ${factor.toFixed(2)} ${format(rates(items, grams, scaled))}\n`);
  }
  const found = search ? searchWeights(items, grams, weights) : undefined;
  if (found) {
    process.stdout.write(
      `found weights: ${names.map((name, index) => `${name} ${found[index]}`).join(', ')}\n`,
    );
  }
  const result = { seed, count, size, describeMs, ...current, ...(found ? { found } : {}) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
