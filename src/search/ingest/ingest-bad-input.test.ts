import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.ts';
import { blockImage, bombPng } from './__fixtures__/images.ts';
import { ingestSource } from './ingest-source.ts';
import type { SkippedItem } from './source-record.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-ingest-bad-'));
let server: Server;
let base: string;
let deadPort: number;
let store: Store;

async function listen(handler: Parameters<typeof createServer>[1]): Promise<Server> {
  const created = createServer(handler);
  await new Promise<void>((resolve) => created.listen(0, '127.0.0.1', resolve));
  return created;
}

beforeAll(async () => {
  const png = await blockImage(61);
  server = await listen((request, response) => {
    if (request.url === '/ok.png') response.writeHead(200, { 'content-type': 'image/png' }).end(png);
    else if (request.url === '/text')
      response.writeHead(200, { 'content-type': 'image/png' }).end('<html>surprise</html>');
    else if (request.url === '/huge') {
      // No Content-Length: the cap must be enforced while reading.
      response.writeHead(200, { 'content-type': 'image/png' });
      for (let chunk = 0; chunk < 40; chunk++) response.write(Buffer.alloc(16 * 1024, 1));
      response.end();
    } else if (request.url === '/slow') response.writeHead(200).write('');
    else response.writeHead(404).end();
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was free a moment ago and has nothing listening now.
  const probe = await listen(() => {});
  deadPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  store = await openStore(join(scratch, 'home'));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

function expectSkipped(skipped: SkippedItem[], expected: Record<string, RegExp>): void {
  const bySource = Object.fromEntries(skipped.map((item) => [item.source, item.reason]));
  for (const [source, reason] of Object.entries(expected)) expect(bySource[source], source).toMatch(reason);
  expect(skipped.map((item) => item.source).sort()).toEqual(Object.keys(expected).sort());
}

describe('ingestSource with bad input', () => {
  it('skips every bad row of a metadata.jsonl with its line and reason and ingests the rest', async () => {
    const root = join(scratch, 'jsonl');
    mkdirSync(join(root, 'sub'), { recursive: true });
    const truncatable = await sharp(await blockImage(62, 256))
      .jpeg()
      .toBuffer();
    writeFileSync(join(root, 'good1.png'), await blockImage(63));
    writeFileSync(join(root, 'sub', 'good2.png'), await blockImage(64));
    writeFileSync(
      join(root, 'corrupt.png'),
      Buffer.concat([(await blockImage(65)).subarray(0, 40), Buffer.alloc(300, 7)]),
    );
    writeFileSync(join(root, 'truncated.jpg'), truncatable.subarray(0, truncatable.length >> 1));
    writeFileSync(join(root, 'bomb.png'), bombPng(20_000, 20_000));
    writeFileSync(join(scratch, 'secret.png'), await blockImage(66));
    symlinkSync(join(scratch, 'secret.png'), join(root, 'escape.png'));
    const rows: (object | string)[] = [
      { id: 'good-1', image: 'good1.png', price: 10 },
      '{"id": "broken", "image": ',
      { id: 'no-image', title: 'lost' },
      { id: 'bad-price', image: 'good1.png', price: 'ten euros' },
      { id: 'traversal', image: '../../etc/passwd' },
      { id: 'absolute', image: '/etc/passwd' },
      { id: 'symlink', image: 'escape.png' },
      { id: 'file-url', image: 'file:///etc/passwd' },
      { id: 'ftp-url', image: 'ftp://127.0.0.1/a.png' },
      { id: 'data-url', image: 'data:image/png;base64,iVBORw0KGgo=' },
      { id: 'corrupt', image: 'corrupt.png' },
      { id: 'truncated', image: 'truncated.jpg' },
      { id: 'bomb', image: 'bomb.png' },
      { id: 'url-ok', image: `${base}/ok.png` },
      { id: 'url-404', image: `${base}/missing.png` },
      { id: 'url-not-image', image: `${base}/text` },
      { id: 'url-refused', image: `http://127.0.0.1:${deadPort}/a.png` },
      { id: 'url-huge', image: `${base}/huge` },
      { id: 'url-slow', image: `${base}/slow` },
      { id: 'good-2', image: 'sub/good2.png', tags: 'a, b' },
      { id: 'good-1', image: 'good1.png' },
      [1, 2],
      { id: 'missing-file', image: 'nope.png' },
    ];
    writeFileSync(
      join(root, 'metadata.jsonl'),
      `${rows.map((row) => (typeof row === 'string' ? row : JSON.stringify(row))).join('\n')}\n`,
    );
    const seen: SkippedItem[] = [];
    const summary = await ingestSource(store, root, {
      maxBytes: 256 * 1024,
      downloadTimeoutMs: 500,
      onSkip: (item) => seen.push(item),
    });

    expectSkipped(summary.skipped, {
      'metadata.jsonl:2': /not valid JSON/,
      'metadata.jsonl:3': /^image: is missing/,
      'metadata.jsonl:4': /^price: must be a number/,
      'metadata.jsonl:5': /"\.\.\/\.\.\/etc\/passwd" points outside the source folder/,
      'metadata.jsonl:6': /"\/etc\/passwd" is an absolute path/,
      'metadata.jsonl:7': /symbolic link to a file outside/,
      'metadata.jsonl:8': /only http and https URLs .* not file:/,
      'metadata.jsonl:9': /not ftp:/,
      'metadata.jsonl:10': /not data:/,
      'metadata.jsonl:11': /^corrupt\.png: not a readable image/,
      'metadata.jsonl:12': /^truncated\.jpg: cannot decode the image/,
      'metadata.jsonl:13': /^bomb\.png: declares 20000×20000 pixels/,
      'metadata.jsonl:15': /missing\.png: HTTP 404/,
      'metadata.jsonl:16': /\/text: not a readable image/,
      'metadata.jsonl:17': /ECONNREFUSED/,
      'metadata.jsonl:18': /huge is larger than the limit of 262144 bytes/,
      'metadata.jsonl:19': /no answer within 0.5 s/,
      'metadata.jsonl:21': /id "good-1" was already used at metadata.jsonl:1/,
      'metadata.jsonl:22': /not a JSON object/,
      'metadata.jsonl:23': /"nope.png" does not exist/,
    });
    expect(seen.length).toBe(summary.skipped.length);
    expect(summary.skipped[0]!.source).toBe('metadata.jsonl:2');
    expect(summary.skipped.at(-1)!.source).toBe('metadata.jsonl:23');
    expect(summary.counts).toMatchObject({ records: 23, added: 3, updated: 0, unchanged: 0, skipped: 20 });
    const ids = store.sqlite.prepare<[], { id: string }>('SELECT id FROM assets ORDER BY id').all();
    expect(ids.map((row) => row.id)).toEqual(['good-1', 'good-2', 'url-ok']);
    expect(store.sqlite.prepare(`SELECT source, tags FROM assets WHERE id = 'url-ok'`).get()).toEqual({
      source: `${base}/ok.png`,
      tags: '[]',
    });
  });

  it('skips CSV rows with a wrong number of cells, a bad price, no image or an unclosed quote', async () => {
    const root = join(scratch, 'csv');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'ok.png'), await blockImage(67));
    const csv = [
      'id,image,price',
      'ok,ok.png,3',
      'extra,ok.png,3,4',
      'cheap,ok.png,free',
      'empty,,2',
      'open,"ok.png,1',
    ].join('\n');
    writeFileSync(join(root, 'metadata.csv'), csv);
    const summary = await ingestSource(store, root);
    expectSkipped(summary.skipped, {
      'metadata.csv:3': /has 4 cells but the header names 3 columns/,
      'metadata.csv:4': /^price: must be a number/,
      'metadata.csv:5': /^image: is missing/,
      'metadata.csv:6': /quoted field is never closed/,
    });
    expect(summary.counts).toMatchObject({ added: 1, skipped: 4 });
  });
});
