import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { VectorIndexError } from './errors.ts';
import {
  type GraphManifest,
  type IndexManifest,
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  type ManifestExpectations,
  readManifest,
} from './index-manifest.ts';
import { VectorStore } from './vector-store.ts';
import { readVectorsFile, writeVectorsFile } from './vectors-file.ts';

/**
 * Saving writes a new generation of data files beside the manifest (`NAME.g<id>.vectors`,
 * `NAME.g<id>.usearch`), then writes the manifest to a temporary file and renames it over NAME. The
 * rename is the commit: a crash before it leaves the previous manifest pointing at the previous,
 * complete files; after it, the new ones. Nothing a reader can open is ever half written. Only
 * after the commit are the previous generation's files, and any left by a crashed save, deleted.
 */
const GENERATION = /\.g[0-9a-f]{16}\.(vectors|usearch|tmp)$/;

export interface GraphToSave extends Omit<GraphManifest, 'file' | 'bytes' | 'sha256'> {
  save(file: string): void;
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 4 * 1024 * 1024 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable; Windows cannot open a directory, and there rename is enough. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only: the data is already on disk, only the directory entry may lag.
  }
}

/** Data files of earlier generations, and temporaries of crashed saves, for this manifest only. */
async function removeStaleGenerations(path: string, keep: readonly string[]): Promise<void> {
  const name = basename(path);
  const entries = await readdir(dirname(path)).catch(() => [] as string[]);
  const stale = entries.filter(
    (entry) =>
      entry.startsWith(`${name}.`) && GENERATION.test(entry.slice(name.length)) && !keep.includes(entry),
  );
  await Promise.all(stale.map((entry) => rm(join(dirname(path), entry), { force: true })));
}

export function saveIndexFiles(
  path: string,
  index: { kind: 'exact' | 'hnsw'; store: VectorStore; graph?: GraphToSave },
): Promise<void> {
  return index.store.whileFrozen(() => writeGeneration(path, index));
}

async function writeGeneration(
  path: string,
  index: { kind: 'exact' | 'hnsw'; store: VectorStore; graph?: GraphToSave },
): Promise<void> {
  const directory = dirname(path);
  const name = basename(path);
  const generation = `g${randomBytes(8).toString('hex')}`;
  const vectorsFile = `${name}.${generation}.vectors`;
  const graphFile = `${name}.${generation}.usearch`;
  const temporary = `${name}.${generation}.tmp`;
  try {
    const vectors = await writeVectorsFile(join(directory, vectorsFile), index.store);
    let graph: GraphManifest | null = null;
    if (index.graph) {
      const { save, ...settings } = index.graph;
      save(join(directory, graphFile));
      await syncFile(join(directory, graphFile));
      graph = {
        file: graphFile,
        bytes: (await stat(join(directory, graphFile))).size,
        sha256: await sha256File(join(directory, graphFile)),
        ...settings,
      };
    }
    const manifest: IndexManifest = {
      format: MANIFEST_FORMAT,
      version: MANIFEST_VERSION,
      kind: index.kind,
      dimensions: index.store.dimensions,
      metric: 'cosine',
      count: index.store.size,
      savedAt: new Date().toISOString(),
      vectors: { file: vectorsFile, ...vectors },
      graph,
    };
    const handle = await open(join(directory, temporary), 'w');
    try {
      await handle.writeFile(`${JSON.stringify(manifest, null, 2)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(join(directory, temporary), path);
  } catch (error) {
    // The previous generation is untouched; only this attempt's files need to go.
    await Promise.all(
      [vectorsFile, graphFile, temporary].map((file) => rm(join(directory, file), { force: true })),
    );
    throw error;
  }
  await syncDirectory(directory);
  await removeStaleGenerations(path, [vectorsFile, graphFile]);
}

export interface OpenedIndexFiles {
  manifest: IndexManifest;
  store: VectorStore;
  /** Absolute path of the graph file with its size checked; undefined for an exact index. */
  graphFile: string | undefined;
}

/** Reads the manifest and the rows, and checks the graph file is the one the manifest describes. */
export async function openIndexFiles(
  path: string,
  expect: ManifestExpectations = {},
): Promise<OpenedIndexFiles> {
  const manifest = await readManifest(path, expect);
  const directory = dirname(path);
  const { keys, rows } = await readVectorsFile(join(directory, manifest.vectors.file), {
    dimensions: manifest.dimensions,
    count: manifest.count,
    sha256: manifest.vectors.sha256,
  });
  let graphFile: string | undefined;
  if (manifest.graph) {
    graphFile = join(directory, manifest.graph.file);
    const size = await stat(graphFile).then(
      (info) => info.size,
      () => -1,
    );
    if (size !== manifest.graph.bytes) {
      throw new VectorIndexError(
        'FILE_CORRUPT',
        size < 0
          ? `Graph file ${graphFile}, named by ${path}, is missing.`
          : `Graph file ${graphFile} has ${size} bytes; ${path} recorded ${manifest.graph.bytes}.`,
        { hint: 'Rebuild the index (the catalog still holds every embedding).' },
      );
    }
    if ((await sha256File(graphFile)) !== manifest.graph.sha256) {
      throw new VectorIndexError(
        'FILE_CORRUPT',
        `Graph file ${graphFile} is damaged: its checksum differs from the one saved in ${path}.`,
        { hint: 'Rebuild the index (the catalog still holds every embedding).' },
      );
    }
  }
  return { manifest, store: VectorStore.adopt(manifest.dimensions, keys, rows), graphFile };
}
