import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export type ImagePathResult =
  | { ok: true; path: string; relative: string }
  | { ok: false; problem: string; expected: string };

export interface ImagePathProblem {
  problem: string;
  expected: string;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

function escapes(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
}

/**
 * Where an image a dataset names lives. Only files inside the dataset's folder may be read: a
 * downloaded benchmark is untrusted, and "../../.ssh/id_rsa" in a row must not end up base64-encoded
 * in a request to a model server.
 */
export function resolveImagePath(folder: string, reference: string, field: string): ImagePathResult {
  const expected = `a path inside ${folder} (relative to the dataset file, or absolute inside its folder)`;
  if (URL_LIKE.test(reference)) {
    return {
      ok: false,
      problem: `'${field}' is a URL (${reference})`,
      expected: `${expected}; download it first`,
    };
  }
  const path = resolve(folder, reference);
  if (escapes(folder, path)) {
    return { ok: false, problem: `'${field}' path ${reference} escapes the dataset folder`, expected };
  }
  return { ok: true, path, relative: relative(folder, path) };
}

/**
 * Checks that each image exists, is a file, and does not leave the folder through a symbolic link.
 * Answers are cached per path because benchmarks ask many questions about one image.
 */
export function imageFileChecker(
  folder: string,
): (path: string, reference: string) => Promise<ImagePathProblem | null> {
  const cache = new Map<string, Promise<ImagePathProblem | null>>();
  let realFolder: Promise<string> | undefined;
  const check = async (path: string, reference: string): Promise<ImagePathProblem | null> => {
    realFolder ??= realpath(folder);
    let real: string;
    try {
      real = await realpath(path);
    } catch {
      return {
        problem: `image file ${reference} not found (looked for ${path})`,
        expected: 'an existing image file',
      };
    }
    if (escapes(await realFolder, real)) {
      return {
        problem: `image ${reference} links to ${real}, outside the dataset folder`,
        expected: `an image file inside ${folder}`,
      };
    }
    if (!(await stat(real)).isFile()) {
      return { problem: `image ${reference} is not a file`, expected: 'a path to an image file' };
    }
    return null;
  };
  return (path, reference) => {
    let answer = cache.get(path);
    if (answer === undefined) {
      answer = check(path, reference);
      cache.set(path, answer);
    }
    return answer;
  };
}
