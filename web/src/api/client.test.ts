import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiPath } from './client.ts';

describe('apiPath', () => {
  it('is the bare path without a query', () => {
    expect(apiPath('/api/runs')).toBe('/api/runs');
    expect(apiPath('/api/runs', {})).toBe('/api/runs');
  });

  it('leaves out undefined, null and empty values but keeps 0 and false', () => {
    expect(apiPath('/api/assets', { a: undefined, b: null, c: '', d: 0, e: false, f: 'x' })).toBe(
      '/api/assets?d=0&e=false&f=x',
    );
  });

  it('repeats the key for each array item, and an empty array adds nothing', () => {
    expect(apiPath('/api/assets', { filter: ['price<=80', 'color in red,navy'], ids: [], limit: 40 })).toBe(
      '/api/assets?filter=price%3C%3D80&filter=color+in+red%2Cnavy&limit=40',
    );
  });

  it('encodes what would break the query', () => {
    expect(apiPath('/api/search', { q: 'a&b=c #1' })).toBe('/api/search?q=a%26b%3Dc+%231');
  });
});

/** The browser globals token.ts reads, faked: a page URL, its history and the tab's storage. */
function fakeBrowser(href: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  vi.stubGlobal('window', {
    location: { href },
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, url: string) => replaced.push(url),
    },
  });
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => storage.set(key, value),
  });
  return { storage, replaced };
}

/** A fresh client, since the token is read once per page load. */
async function freshClient() {
  vi.resetModules();
  return import('./client.ts');
}

describe('imageSrc', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('leaves URLs alone when the server needs no token', async () => {
    fakeBrowser('http://127.0.0.1:7860/explore');
    const { imageSrc } = await freshClient();
    expect(imageSrc('/api/blobs/abc')).toBe('/api/blobs/abc');
  });

  it('adds the token from the page URL to API image URLs, encoded, and hides it from the address bar', async () => {
    const browser = fakeBrowser('http://host:7860/explore?q=red&token=a%2Bb%20c');
    const { imageSrc } = await freshClient();
    // The token is "a+b c"; in a query it must read a%2Bb%20c again.
    expect(imageSrc('/api/blobs/abc')).toBe('/api/blobs/abc?token=a%2Bb%20c');
    expect(imageSrc('/api/thumbnails/abc?size=256')).toBe('/api/thumbnails/abc?size=256&token=a%2Bb%20c');
    expect(browser.storage.get('atelier.token')).toBe('a+b c');
    expect(browser.replaced).toEqual(['http://host:7860/explore?q=red']);
  });

  it('keeps the token for the tab once the address bar has dropped it', async () => {
    fakeBrowser('http://host:7860/boards', { 'atelier.token': 's3cret' });
    const { imageSrc } = await freshClient();
    expect(imageSrc('/api/blobs/abc')).toBe('/api/blobs/abc?token=s3cret');
  });

  it('never sends the token to URLs outside the API', async () => {
    fakeBrowser('http://host:7860/?token=s3cret');
    const { imageSrc } = await freshClient();
    expect(imageSrc('https://example.com/a.png')).toBe('https://example.com/a.png');
    expect(imageSrc('data:image/png;base64,AA')).toBe('data:image/png;base64,AA');
  });
});
