/**
 * Generates one world in its own process and prints its peak RSS, so each catalog size is measured
 * from a clean heap.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorld } from '../src/world/index.ts';

const items = Number(process.argv[2]);
const folder = await mkdtemp(join(tmpdir(), 'atelier-perf-'));
const started = performance.now();
const cpu = process.cpuUsage();
const summary = await generateWorld({
  seed: 1,
  items,
  outfits: 0,
  boards: 0,
  scenes: 0,
  size: 512,
  sceneSize: 4096,
  boardSize: 20,
  concurrency: 8,
  out: join(folder, 'world'),
  force: false,
});
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
await rm(folder, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({
    items: summary.counts.items,
    seconds,
    itemsPerSecond: items / seconds,
    cpuMsPerItem: (used.user + used.system) / 1000 / items,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
