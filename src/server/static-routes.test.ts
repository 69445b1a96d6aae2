import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.ts';
import { createApp } from './app.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-api-static-'));
const webRoot = join(scratch, 'dist');
let store: Store;

beforeAll(async () => {
  store = await openStore(join(scratch, 'home'));
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>app</title><div id="root"></div>');
  writeFileSync(join(webRoot, 'assets', 'app-1234.js'), 'console.log("app")');
  writeFileSync(join(scratch, 'secret.txt'), 'outside the web root');
  symlinkSync(join(scratch, 'secret.txt'), join(webRoot, 'leak.txt'));
});

afterAll(async () => {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('without a built web app', () => {
  it('explains at / that the app is not built and lists the API', async () => {
    const app = createApp({ store, webRoot: join(scratch, 'missing') });
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const page = await response.text();
    expect(page).toMatch(/not built/);
    expect(page).toContain('/api/runs/:id/samples');
    expect((await app.request('/explore')).status).toBe(404);
  });
});

describe('with a built web app', () => {
  const app = () => createApp({ store, webRoot });

  it('serves its files, hashed assets as immutable and the page as revalidated', async () => {
    const page = await app().request('/');
    expect(await page.text()).toContain('id="root"');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const script = await app().request('/assets/app-1234.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toMatch(/immutable/);
    expect(await script.text()).toContain('console.log');
  });

  it('answers client-side routes with index.html and missing assets with 404', async () => {
    expect(await (await app().request('/runs/run-1/samples')).text()).toContain('id="root"');
    expect((await app().request('/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the folder', async () => {
    for (const path of [
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/leak.txt',
    ]) {
      const response = await app().request(path);
      expect(await response.text()).not.toContain('outside the web root');
    }
  });
});
