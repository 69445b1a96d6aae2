import type { Dirent } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { isInside } from './image-reference.ts';
import type { ReadResult } from './source-record.ts';

export const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif', '.tif', '.tiff', '.avif']);

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** `shoes/red-heels.png` → "red heels": a bare file name is the only words such an image comes with. */
function titleFromPath(relativePath: string): string {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  return name
    .slice(0, name.length - extname(name).length)
    .replace(/[-_.\s]+/g, ' ')
    .trim();
}

/**
 * Every image file under the folder, in sorted order so asset keys come out the same on every run.
 * Hidden entries are passed over (they hold caches and, when the Atelier home sits inside the folder,
 * its blobs). Symbolic links to files are followed only when they stay inside the folder; linked
 * folders are not entered, which also rules out link cycles.
 */
export async function scanImages(root: string): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries: Dirent[] = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      const relativePath = toPosix(relative(root, path));
      if (entry.isDirectory()) {
        await walk(path);
        continue;
      }
      if (!IMAGE_EXTENSIONS.has(extname(entry.name).toLowerCase())) continue;
      if (entry.isSymbolicLink()) {
        const target = await realpath(path).catch(() => undefined);
        if (target === undefined || !isInside(root, target)) {
          const reason =
            target === undefined
              ? 'is a broken symbolic link'
              : 'is a symbolic link to a file outside the source folder';
          results.push({ ok: false, skipped: { source: relativePath, reason } });
          continue;
        }
      } else if (!entry.isFile()) {
        continue;
      }
      const folderName = relativePath.includes('/')
        ? relativePath.slice(0, relativePath.lastIndexOf('/'))
        : undefined;
      results.push({
        ok: true,
        record: {
          origin: relativePath,
          id: relativePath,
          image: relativePath,
          title: titleFromPath(relativePath) || null,
          description: null,
          caption: null,
          tags: [],
          category: null,
          price: null,
          metadata:
            folderName === undefined
              ? { id: relativePath, image: relativePath }
              : { id: relativePath, image: relativePath, folder: folderName },
        },
      });
    }
  };
  await walk(root);
  return results;
}
