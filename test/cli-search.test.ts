import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-cli-search-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('atelier index and search', () => {
  it('index, re-index incrementally, and search with filters from the command line', () => {
    const world = join(scratch, 'world');
    const home = join(scratch, 'home');
    const generated = runCli([
      'world',
      'generate',
      '--items',
      '60',
      '--outfits',
      '0',
      '--boards',
      '1',
      '--board-size',
      '5',
      '--scenes',
      '0',
      '--size',
      '128',
      '--out',
      world,
    ]);
    expect(generated.status, generated.stderr).toBe(0);

    const first = runCli(['index', world, '--home', home, '--json']);
    expect(first.status, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary.ingest.counts).toMatchObject({ records: 60, added: 60, skipped: 0 });
    expect(summary.boards).toBe(1);
    expect(summary.index).toMatchObject({ embedded: 60, vectors: 60, rebuilt: true });

    const again = JSON.parse(runCli(['index', world, '--home', home, '--json']).stdout);
    expect(again.ingest.counts).toMatchObject({ added: 0, unchanged: 60 });
    expect(again.index).toMatchObject({ embedded: 0, rebuilt: false });

    const search = runCli(['search', 'shirt', '--filter', 'price<150', '-k', '3', '--home', home, '--json']);
    expect(search.status, search.stderr).toBe(0);
    const response = JSON.parse(search.stdout);
    expect(response.results.length).toBeGreaterThan(0);
    for (const result of response.results) expect(result.price).toBeLessThan(150);

    const text = runCli(['search', '--board', 'user-0001', '-k', '2', '--home', home]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^2 results \(board; classic;/);
    expect(text.stdout).toMatch(/board of 5 centroid: rank 1 \(cosine/);
  });

  it('searching a home with no index says how to build one', () => {
    const result = runCli(['search', 'red skirt', '--home', join(scratch, 'empty-home')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error INDEX_MISSING: no catalog has been indexed/);
    expect(result.stderr).toMatch(/hint: Run "atelier index SOURCE --home/);
  });

  it('a bad filter is a clear error', () => {
    const result = runCli(['search', 'skirt', '--filter', 'price<cheap', '--home', join(scratch, 'no-home')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /error INVALID_ARGUMENT: filter "price<cheap" compares price with a non-number/,
    );
  });

  it('indexing a folder that does not exist fails without creating an index', () => {
    const result = runCli(['index', join(scratch, 'nowhere'), '--home', join(scratch, 'home2')]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/^error [A-Z_]+: .*nowhere/);
  });
});
