/**
 * What each fabric pattern and texture adds to rasterising a 512-px product shot: every sampled item
 * is rendered as it is, without its pattern, and without its texture (CPU time, best of two, one image
 * at a time). The figures say where rendering time goes when the world benchmark misses its target.
 * Flags: --items 400 (sampled items), --seed 1.
 */
import { svgToPng, worldItemPool } from '../src/world/index.ts';
import type { Item } from '../src/world/item.ts';
import { renderItemSvg } from '../src/world/render/index.ts';

function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const count = Number(flag('items', '400'));
const pool = worldItemPool(Number(flag('seed', '1')), count);

async function cpuMs(item: Item): Promise<number> {
  const svg = renderItemSvg(item, { size: 512 });
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 2; attempt++) {
    const before = process.cpuUsage();
    await svgToPng(svg);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const extra = { pattern: new Map<string, number[]>(), texture: new Map<string, number[]>() };
let full = 0;
let bare = 0;
for (let index = 0; index < count; index++) {
  const item = pool.get(index);
  const all = await cpuMs(item);
  const withoutPattern = await cpuMs({ ...item, pattern: { kind: 'solid' } });
  const withoutTexture = await cpuMs({ ...item, texture: 'plain' });
  full += all;
  bare += await cpuMs({ ...item, pattern: { kind: 'solid' }, texture: 'plain' });
  extra.pattern.set(item.pattern.kind, [
    ...(extra.pattern.get(item.pattern.kind) ?? []),
    all - withoutPattern,
  ]);
  extra.texture.set(item.texture, [...(extra.texture.get(item.texture) ?? []), all - withoutTexture]);
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
process.stdout.write(
  `512-px product shot, CPU per image: ${(full / count).toFixed(2)} ms as sampled, ${(bare / count).toFixed(2)} ms without patterns and textures\n`,
);
const rows: { layer: string; name: string; items: number; each: number; share: number }[] = [];
for (const [layer, map] of Object.entries(extra)) {
  for (const [name, values] of map) {
    rows.push({
      layer,
      name,
      items: values.length,
      each: sum(values) / values.length,
      share: sum(values) / count,
    });
  }
}
rows.sort((first, second) => second.share - first.share);
for (const row of rows) {
  process.stdout.write(
    `  ${row.layer} ${row.name.padEnd(11)} ${String(row.items).padStart(4)} items  +${row.each.toFixed(1)} ms each  ${row.share.toFixed(2)} ms per catalog item\n`,
  );
}
process.stdout.write(
  `${JSON.stringify({
    benchmark: 'world-patterns',
    items: count,
    cpuMsPerImage: Math.round((full / count) * 100) / 100,
    cpuMsPerImageBare: Math.round((bare / count) * 100) / 100,
    extraMsPerItem: Object.fromEntries(
      rows.map((row) => [`${row.layer}:${row.name}`, Math.round(row.share * 100) / 100]),
    ),
  })}\n`,
);
