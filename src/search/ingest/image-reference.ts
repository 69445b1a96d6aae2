import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, win32 } from 'node:path';

/**
 * Where an image named by a source row really is. The row is untrusted: it may try to read any file
 * on the machine (`../../etc/passwd`, `/etc/passwd`, a symlink pointing out) or make us fetch
 * something other than a web image (`file:`, `ftp:`, `data:`). Only files inside the source folder
 * and http(s) URLs get through.
 */
export type ImageReference =
  | { ok: true; kind: 'file'; path: string; relative: string }
  | { ok: true; kind: 'url'; url: string }
  | { ok: false; reason: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;

export function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
}

/** `root` must already be a real path (symlinks resolved), so the containment check compares like with like. */
export async function resolveImageReference(root: string, image: string): Promise<ImageReference> {
  if (SCHEME.test(image) && !WINDOWS_DRIVE.test(image)) {
    let url: URL;
    try {
      url = new URL(image);
    } catch {
      return { ok: false, reason: `"${image}" is not a valid URL` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return {
        ok: false,
        reason: `only http and https URLs are downloaded, not ${url.protocol} (${image.slice(0, 60)})`,
      };
    }
    return { ok: true, kind: 'url', url: url.href };
  }
  if (posix.isAbsolute(image) || win32.isAbsolute(image)) {
    return { ok: false, reason: `"${image}" is an absolute path; give a path relative to the source folder` };
  }
  const normalised = posix.normalize(image.replaceAll('\\', '/'));
  if (normalised === '..' || normalised.startsWith('../')) {
    return { ok: false, reason: `"${image}" points outside the source folder` };
  }
  let real: string;
  try {
    real = await realpath(join(root, normalised));
  } catch {
    return { ok: false, reason: `"${image}" does not exist in the source folder` };
  }
  if (!isInside(root, real)) {
    return { ok: false, reason: `"${image}" is a symbolic link to a file outside the source folder` };
  }
  const info = await stat(real);
  if (!info.isFile()) return { ok: false, reason: `"${image}" is not a file` };
  return { ok: true, kind: 'file', path: real, relative: normalised };
}
