import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveImageReference } from './image-reference.ts';

const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'atelier-reference-')));
const root = join(scratch, 'source');
mkdirSync(join(root, 'images'), { recursive: true });
writeFileSync(join(root, 'images', 'a.png'), 'x');
writeFileSync(join(scratch, 'secret.png'), 'x');
symlinkSync(join(scratch, 'secret.png'), join(root, 'images', 'escape.png'));
symlinkSync(join(root, 'images', 'a.png'), join(root, 'inside.png'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const reason = async (image: string) => {
  const reference = await resolveImageReference(root, image);
  return reference.ok ? 'accepted' : reference.reason;
};

describe('resolveImageReference', () => {
  it('accepts files inside the folder, however they are spelled, and http(s) URLs', async () => {
    expect(await resolveImageReference(root, 'images/./a.png')).toEqual({
      ok: true,
      kind: 'file',
      path: join(root, 'images', 'a.png'),
      relative: 'images/a.png',
    });
    expect(await resolveImageReference(root, 'images\\a.png')).toMatchObject({
      ok: true,
      relative: 'images/a.png',
    });
    expect(await resolveImageReference(root, 'inside.png')).toMatchObject({
      ok: true,
      path: join(root, 'images', 'a.png'),
    });
    expect(await resolveImageReference(root, 'https://example.com/a b.png')).toEqual({
      ok: true,
      kind: 'url',
      url: 'https://example.com/a%20b.png',
    });
  });

  it('refuses paths that leave the folder, absolute paths and links pointing out', async () => {
    expect(await reason('../../etc/passwd')).toMatch(/points outside the source folder/);
    expect(await reason('images/../../secret.png')).toMatch(/points outside/);
    expect(await reason('/etc/passwd')).toMatch(/absolute path/);
    expect(await reason('C:\\Windows\\win.ini')).toMatch(/absolute path/);
    expect(await reason('images/escape.png')).toMatch(/symbolic link to a file outside/);
    expect(await reason('images/missing.png')).toMatch(/does not exist/);
    expect(await reason('images')).toMatch(/is not a file/);
  });

  it('refuses every scheme but http and https', async () => {
    expect(await reason('file:///etc/passwd')).toMatch(/not file:/);
    expect(await reason('ftp://example.com/a.png')).toMatch(/not ftp:/);
    expect(await reason('data:image/png;base64,iVBORw0KGgo=')).toMatch(/not data:/);
    expect(await reason('javascript:alert(1)')).toMatch(/not javascript:/);
    expect(await reason('http://[bad')).toMatch(/not a valid URL/);
  });
});
