import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AtelierError } from '../../core/index.ts';

/**
 * Writes go to a hidden sibling folder that is renamed onto the target only when everything is
 * written, so an interrupted or failed run leaves either the old output or nothing at all, never a
 * half-written world. The sibling lives in the same parent so that the rename is atomic.
 */
export interface StagedDirectory {
  /** Where to write while the job runs. */
  readonly path: string;
  /** Moves the staged folder onto the target (replacing it when it was allowed to). */
  commit(): Promise<void>;
  /** Deletes everything written so far; safe to call more than once. */
  abort(): Promise<void>;
}

async function isNonEmptyDirectory(path: string): Promise<boolean | 'file'> {
  try {
    const info = await stat(path);
    if (!info.isDirectory()) return 'file';
    return (await readdir(path)).length > 0;
  } catch (error) {
    // ENOTDIR: a parent is a file; creating the staging folder then fails with a clear error.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw error;
  }
}

export async function stageDirectory(target: string, options: { force: boolean }): Promise<StagedDirectory> {
  const absolute = resolve(target);
  const existing = await isNonEmptyDirectory(absolute);
  if (existing === 'file') {
    throw new AtelierError('OUTPUT_EXISTS', `--out ${target} is a file, not a folder`, {
      hint: 'Choose a folder path for --out.',
    });
  }
  if (existing && !options.force) {
    throw new AtelierError('OUTPUT_EXISTS', `--out ${target} already exists and is not empty`, {
      hint: 'Choose another folder, or pass --force to replace it.',
    });
  }
  const parent = dirname(absolute);
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(parent, `.${basename(absolute)}.partial-${suffix}`);
  try {
    await mkdir(parent, { recursive: true });
    await mkdir(staging);
  } catch (error) {
    throw new AtelierError(
      'OUTPUT_NOT_WRITABLE',
      `cannot write to --out ${target}: ${(error as Error).message}`,
      {
        hint: 'Check that the parent folder exists and that you may write to it, or choose another --out.',
        cause: error,
      },
    );
  }
  let finished = false;
  return {
    path: staging,
    async commit() {
      const replaced = join(parent, `.${basename(absolute)}.replaced-${suffix}`);
      const hadTarget = (await isNonEmptyDirectory(absolute)) !== false;
      if (hadTarget) await rename(absolute, replaced);
      else await rm(absolute, { recursive: true, force: true });
      await rename(staging, absolute);
      finished = true;
      if (hadTarget) await rm(replaced, { recursive: true, force: true });
    },
    async abort() {
      if (finished) return;
      finished = true;
      await rm(staging, { recursive: true, force: true });
    },
  };
}
