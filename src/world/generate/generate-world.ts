import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AtelierError, mapInOrder } from '../../core/index.ts';
import { sampleBoard } from '../boards/index.ts';
import { type ItemPool, itemIndex, worldItemPool } from '../catalog-pool.ts';
import { itemCaption, itemTitle } from '../language/index.ts';
import { type Outfit, sampleCompatibleOutfit, sampleIncompatibleOutfit } from '../outfits/index.ts';
import { Random } from '../random.ts';
import { renderItemSvg, renderOutfitSvg } from '../render/index.ts';
import type { RuleId } from '../rules/index.ts';
import { composeScene } from '../scenes/compose-scene.ts';
import { WORLD_GENERATOR, WORLD_VERSION } from '../version.ts';
import { type GenerateOptions, validateGenerateOptions } from './generate-options.ts';
import { imageWrites } from './image-writes.ts';
import { openJsonlWriter } from './jsonl-writer.ts';
import { stageDirectory } from './staged-directory.ts';

/** Progress callbacks; the CLI draws them on a terminal, tests and --json ignore them. */
export interface GenerateProgress {
  start(phase: string, total: number): void;
  tick(done: number): void;
  finish(): void;
}

export interface GenerateSummary {
  out: string;
  seed: number;
  counts: {
    items: number;
    outfits: number;
    compatibleOutfits: number;
    incompatibleOutfits: number;
    boards: number;
    scenes: number;
    sceneObjects: number;
    images: number;
  };
  seconds: number;
}

/** The rules an incompatible outfit is built to break, in rotation, so every reason is represented. */
const BREAKABLE_RULES: readonly RuleId[] = [
  'color-harmony',
  'formality-spread',
  'pattern-mixing',
  'season',
  'archetype-coherence',
];

/** Outfits that cannot be formed after this many fresh tries mean the catalog is too small. */
const OUTFIT_ATTEMPTS = 50;

const noProgress: GenerateProgress = { start() {}, tick() {}, finish() {} };

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new AtelierError('INTERRUPTED', 'generation was interrupted; nothing was written', {
      hint: 'Run the command again; the output folder was left as it was.',
    });
  }
}

function outfitId(index: number): string {
  return `outfit-${String(index + 1).padStart(5, '0')}`;
}

function tryOutfit(seed: number, pool: ItemPool, index: number, breaking: RuleId | undefined): Outfit | null {
  const id = outfitId(index);
  for (let attempt = 0; attempt < OUTFIT_ATTEMPTS; attempt++) {
    const random = Random.for(seed, `outfit:${index}:${breaking ?? 'compatible'}:${attempt}`);
    const outfit = breaking
      ? sampleIncompatibleOutfit(random, pool, breaking, { id })
      : sampleCompatibleOutfit(random, pool, { id });
    if (outfit) return outfit;
  }
  return null;
}

function sampleOutfit(seed: number, pool: ItemPool, index: number, compatibleShare: number): Outfit {
  // Every k-th outfit is deliberately incompatible, breaking the rules in rotation.
  const period = Math.max(1, Math.round(1 / (1 - compatibleShare)));
  if (index % period !== period - 1) {
    const outfit = tryOutfit(seed, pool, index, undefined);
    if (outfit) return outfit;
    throw new AtelierError('INVALID_ARGUMENT', `could not form a compatible outfit from ${pool.size} items`, {
      hint: 'Generate more --items (a few hundred for outfits) or ask for fewer --outfits.',
    });
  }
  // In a small catalog some rules cannot be broken by swapping one item (no summer-only piece to
  // clash with a winter coat): move on to the next rule rather than fail the whole world.
  const first = Math.floor(index / period) % BREAKABLE_RULES.length;
  for (let offset = 0; offset < BREAKABLE_RULES.length; offset++) {
    const rule = BREAKABLE_RULES[(first + offset) % BREAKABLE_RULES.length]!;
    const outfit = tryOutfit(seed, pool, index, rule);
    if (outfit) return outfit;
  }
  throw new AtelierError(
    'INVALID_ARGUMENT',
    `could not form an outfit that breaks a named rule from ${pool.size} items`,
    {
      hint: 'Generate more --items (a few hundred for outfits) or ask for fewer --outfits.',
    },
  );
}

export async function generateWorld(
  input: GenerateOptions,
  progress: GenerateProgress = noProgress,
  signal?: AbortSignal,
): Promise<GenerateSummary> {
  const options = validateGenerateOptions(input);
  const started = performance.now();
  const staged = await stageDirectory(options.out, { force: options.force });
  const root = staged.path;
  const pool = worldItemPool(options.seed, options.items);
  const images = imageWrites();
  const counts = {
    items: options.items,
    outfits: options.outfits,
    compatibleOutfits: 0,
    incompatibleOutfits: 0,
    boards: options.boards,
    scenes: options.scenes,
    sceneObjects: 0,
    images: 0,
  };
  try {
    await mkdir(join(root, 'images', 'items'), { recursive: true });
    await mkdir(join(root, 'images', 'outfits'), { recursive: true });
    await mkdir(join(root, 'images', 'scenes'), { recursive: true });

    // Outfits and boards first: they are cheap, and a catalog too small for them fails before any
    // image is rendered.
    progress.start('outfits', options.outfits);
    const outfits = openJsonlWriter(join(root, 'outfits.jsonl'));
    await mapInOrder(
      options.outfits,
      options.concurrency,
      async (index) => {
        checkAborted(signal);
        const outfit = sampleOutfit(options.seed, pool, index, 0.6);
        const items = outfit.itemIds.map((id) => pool.get(itemIndex(id)));
        const image = `images/outfits/${outfit.id}.png`;
        await images.write(renderOutfitSvg(items, { size: options.size }), join(root, image));
        return { outfit, image };
      },
      async (index, { outfit, image }) => {
        counts.images++;
        if (outfit.assessment.compatible) counts.compatibleOutfits++;
        else counts.incompatibleOutfits++;
        // The Outfit record as the outfits module defines it (outfitSchema), plus its flat-lay image.
        await outfits.write({ ...outfit, image });
        progress.tick(index + 1);
      },
    );
    await outfits.close();
    progress.finish();

    progress.start('boards', options.boards);
    const boards = openJsonlWriter(join(root, 'boards.jsonl'));
    for (let index = 0; index < options.boards; index++) {
      checkAborted(signal);
      const userId = `user-${String(index + 1).padStart(4, '0')}`;
      const board = sampleBoard(Random.for(options.seed, `board:${index}`), pool, userId, {
        size: options.boardSize,
      });
      await boards.write(board);
      progress.tick(index + 1);
    }
    await boards.close();
    progress.finish();

    progress.start('items', options.items);
    const catalog = openJsonlWriter(join(root, 'catalog.jsonl'));
    await mapInOrder(
      options.items,
      options.concurrency,
      async (index) => {
        checkAborted(signal);
        const item = pool.get(index);
        const image = `images/items/${item.id}.png`;
        await images.write(renderItemSvg(item, { size: options.size }), join(root, image));
        return { item, image };
      },
      async (index, { item, image }) => {
        counts.images++;
        const language = Random.for(options.seed, `language:${item.id}`);
        await catalog.write({
          ...item,
          title: itemTitle(item, language),
          caption: itemCaption(item, language),
          image,
        });
        progress.tick(index + 1);
      },
    );
    await catalog.close();
    progress.finish();

    progress.start('scenes', options.scenes);
    const scenes = openJsonlWriter(join(root, 'scenes.jsonl'));
    // Scenes are large; render them one or two at a time so peak memory stays bounded.
    await mapInOrder(
      options.scenes,
      Math.min(2, options.concurrency),
      async (index) => {
        checkAborted(signal);
        const id = `scene-${String(index + 1).padStart(4, '0')}`;
        const composed = composeScene(Random.for(options.seed, `scene:${index}`), pool, {
          id,
          image: `images/scenes/${id}.png`,
          size: options.sceneSize,
        });
        await images.write(composed.svg, join(root, composed.scene.image));
        return composed.scene;
      },
      async (index, scene) => {
        counts.images++;
        counts.sceneObjects += scene.objects.length;
        await scenes.write(scene);
        progress.tick(index + 1);
      },
    );
    await scenes.close();
    progress.finish();

    checkAborted(signal);
    // No timestamps here: the same seed and options must give byte-identical output.
    const manifest = {
      generator: WORLD_GENERATOR,
      version: WORLD_VERSION,
      seed: options.seed,
      counts,
      options: {
        items: options.items,
        outfits: options.outfits,
        boards: options.boards,
        scenes: options.scenes,
        size: options.size,
        sceneSize: options.sceneSize,
        boardSize: options.boardSize,
      },
      files: {
        catalog: 'catalog.jsonl',
        outfits: 'outfits.jsonl',
        boards: 'boards.jsonl',
        scenes: 'scenes.jsonl',
        images: 'images/',
      },
    };
    await writeFile(join(root, 'world.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await staged.commit();
  } catch (error) {
    await images.settled();
    await staged.abort();
    throw error;
  }
  return {
    out: options.out,
    seed: options.seed,
    counts,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
