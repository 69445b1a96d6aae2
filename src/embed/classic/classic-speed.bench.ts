/**
 * How fast is the classic embedder on world product shots? `npx tsx src/embed/classic/classic-speed.bench.ts
 * [--count 200] [--size 512]`. Prints milliseconds per image one at a time (latency: decode, resize
 * and describe in sequence) and in one batch (throughput: decodes overlap on sharp's thread pool),
 * plus the describe step alone. The last line is one JSON object, as perf/run.ts expects.
 */
import { Random, renderItemSvg, sampleItem, svgToPng } from '../../world/index.ts';
import { createEmbedder } from '../create-embedder.ts';
import { CLASSIC_SIDE, describeLabImage } from './classic-descriptor.ts';
import { decodeToLab } from './decode-image.ts';

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? fallback : Number(process.argv[index + 1]);
}

const count = flag('count', 200);
const size = flag('size', 512);
const images: Buffer[] = [];
for (let index = 0; index < count; index++) {
  const item = sampleItem(Random.for(1, `item:${index}`), { id: `item-${index}` });
  images.push(await svgToPng(renderItemSvg(item, { size })));
}
const embedder = await createEmbedder('classic');
await embedder.embedImages(images.slice(0, 10));

let started = performance.now();
for (const image of images) await embedder.embedImages([image]);
const sequential = (performance.now() - started) / count;

started = performance.now();
await embedder.embedImages(images);
const batched = (performance.now() - started) / count;

const decoded = [];
started = performance.now();
for (const image of images) decoded.push(await decodeToLab(image, CLASSIC_SIDE, 'image'));
const decode = (performance.now() - started) / count;
started = performance.now();
for (const image of decoded) describeLabImage(image);
const describe = (performance.now() - started) / count;

const result = {
  count,
  size,
  sequentialMs: sequential,
  batchedMs: batched,
  decodeMs: decode,
  describeMs: describe,
};
process.stdout.write(
  `${count} product shots of ${size} px\n` +
    `one at a time   ${sequential.toFixed(2)} ms/image\n` +
    `one batch       ${batched.toFixed(2)} ms/image\n` +
    `  decode+resize ${decode.toFixed(2)} ms/image\n` +
    `  describe      ${describe.toFixed(2)} ms/image\n` +
    `${JSON.stringify(result)}\n`,
);
