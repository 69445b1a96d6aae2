/**
 * Issue targets on a 2-core machine: >= 150 items/s for 512-px product images using both cores; one
 * 4096-px detail scene in under 2 s; peak memory flat as the catalog grows (measured up to 20,000).
 * Flags: --sizes 1000,5000,20000 (catalog sizes to measure), --scenes 3 (scene repetitions).
 *
 * Each run also prints its CPU time per item and the 1-minute load average as it ends (the run itself
 * accounts for about 2 of it): on a shared machine items/s falls with other work, CPU per item much
 * less, so the two tell a busy machine from a slow generator (with both cores to itself, items/s ≈
 * 2000 / CPU ms per item).
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { worldItemPool } from '../src/world/index.ts';
import { Random } from '../src/world/random.ts';
import { svgToPng } from '../src/world/render/index.ts';
import { composeScene } from '../src/world/scenes/compose-scene.ts';

function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const sizes = flag('sizes', '1000,5000,20000').split(',').map(Number);
const sceneRuns = Number(flag('scenes', '3'));

interface Run {
  items: number;
  seconds: number;
  itemsPerSecond: number;
  cpuMsPerItem: number;
  peakRssMb: number;
  loadAverage: number;
}
const runs: Run[] = [];
for (const items of sizes) {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', `${import.meta.dirname}/world-generate.child.ts`, String(items)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const run: Run = { ...JSON.parse(output.trim().split('\n').pop() as string), loadAverage: loadavg()[0] };
  runs.push(run);
  process.stdout.write(
    `generate ${items} items @512px: ${run.seconds.toFixed(1)}s, ${run.itemsPerSecond.toFixed(0)} items/s, ${run.cpuMsPerItem.toFixed(1)} ms CPU/item, peak RSS ${run.peakRssMb.toFixed(0)} MB (load average ${run.loadAverage.toFixed(1)})\n`,
  );
}

const pool = worldItemPool(1, 5000);
const sceneTimes: number[] = [];
let objects = 0;
for (let run = 0; run < sceneRuns; run++) {
  const started = performance.now();
  const { svg, scene } = composeScene(Random.for(1, `perf-scene:${run}`), pool, {
    id: `scene-${run}`,
    image: 'scene.png',
    size: 4096,
  });
  await svgToPng(svg);
  sceneTimes.push((performance.now() - started) / 1000);
  objects += scene.objects.length;
}
const sceneSeconds = [...sceneTimes].sort((a, b) => a - b)[Math.floor(sceneTimes.length / 2)] as number;
process.stdout.write(
  `4096-px detail scene (compose + render + PNG encode): median ${sceneSeconds.toFixed(2)}s over ${sceneRuns} scenes, ${(objects / sceneRuns).toFixed(0)} objects each\n`,
);

const largest = runs[runs.length - 1]!;
const smallest = runs[0]!;
process.stdout.write(
  `${JSON.stringify({
    benchmark: 'world',
    cores: availableParallelism(),
    itemsPerSecond512: Math.round(largest.itemsPerSecond),
    generateRuns: runs.map((run) => ({
      items: run.items,
      itemsPerSecond: Math.round(run.itemsPerSecond),
      cpuMsPerItem: Math.round(run.cpuMsPerItem * 10) / 10,
      peakRssMb: Math.round(run.peakRssMb),
      loadAverage: Math.round(run.loadAverage * 10) / 10,
    })),
    peakRssGrowthMb: Math.round(largest.peakRssMb - smallest.peakRssMb),
    scene4096Seconds: Math.round(sceneSeconds * 100) / 100,
    targets: { itemsPerSecond512: 150, scene4096Seconds: 2 },
  })}\n`,
);
