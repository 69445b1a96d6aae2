import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { EmbedError } from '../embed-error.ts';
import type { EmbedderOptions } from '../embedder-options.ts';

/**
 * Where a `clip:MODEL` model comes from. A local folder is always read from disk. A hub id is read
 * from disk too when offline (from modelsDir, ATELIER_MODELS_DIR or the transformers.js download
 * cache), and only online is transformers.js allowed to download it.
 */
export type ClipModelSource =
  | { kind: 'folder'; folder: string; offline: true }
  | { kind: 'hub'; id: string; offline: false }
  /** An offline hub id: `folders` are the candidates, looked up in order. */
  | { kind: 'hub-offline'; id: string; folders: string[]; offline: true };

const HUB_ID = /^[A-Za-z0-9][\w.-]*\/[\w.-]+$|^[A-Za-z0-9][\w.-]*$/;

function looksLikePath(model: string): boolean {
  return (
    model.startsWith('.') ||
    model.startsWith('~') ||
    isAbsolute(model) ||
    model.includes('\\') ||
    (existsSync(model) && statSync(model).isDirectory())
  );
}

function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
}

export function resolveClipSource(
  model: string,
  options: EmbedderOptions,
  transformersCache: string | null,
): ClipModelSource {
  const environment = options.env ?? process.env;
  if (looksLikePath(model)) return { kind: 'folder', folder: resolve(expandHome(model)), offline: true };
  if (!HUB_ID.test(model) || model.includes('..') || model.includes('--')) {
    throw new EmbedError(
      'EMBEDDER_SPEC_INVALID',
      `clip:${model} is neither an existing folder nor a Hugging Face id`,
      {
        hint: 'Pass a hub id such as clip:Xenova/clip-vit-base-patch32, or a folder path starting with ./ or /.',
      },
    );
  }
  const offline = options.offline ?? environment.ATELIER_OFFLINE === '1';
  if (!offline) return { kind: 'hub', id: model, offline: false };
  const roots = [options.modelsDir, environment.ATELIER_MODELS_DIR, transformersCache ?? undefined].filter(
    (root): root is string => root !== undefined && root !== '',
  );
  return {
    kind: 'hub-offline',
    id: model,
    folders: roots.map((root) => resolve(expandHome(root), model)),
    offline: true,
  };
}

/** The first candidate folder that has a config.json, else an error naming where it looked. */
export function pickOfflineFolder(source: Extract<ClipModelSource, { kind: 'hub-offline' }>): string {
  const found = source.folders.find((folder) => existsSync(join(folder, 'config.json')));
  if (found !== undefined) return found;
  const first = source.folders[0];
  throw new EmbedError(
    'MODEL_FILE_MISSING',
    first === undefined
      ? `offline mode has nowhere to look for ${source.id}`
      : `offline mode found no ${join(first, 'config.json')}${source.folders.length > 1 ? ` (also looked in ${source.folders.slice(1).join(', ')})` : ''}`,
    {
      hint:
        `Copy the model repository ${source.id} into <modelsDir>/${source.id}/ (set modelsDir or ATELIER_MODELS_DIR), ` +
        'pass a folder as clip:./path, or allow downloads with offline: false / ATELIER_OFFLINE=0.',
    },
  );
}
