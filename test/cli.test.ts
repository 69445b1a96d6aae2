import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atelier-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('atelier CLI', () => {
  it.each([[[]], [['world']], [['world', 'generate']], [['world', 'render']], [['demo']]])(
    '%j --help prints usage and exits 0',
    (args) => {
      const result = runCli([...args, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Usage: atelier/);
    },
  );

  it('an unknown flag is a one-line USAGE error with a hint and no stack trace', () => {
    const result = runCli(['world', 'generate', '--out', join(scratch, 'x'), '--colour', 'red']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error USAGE: unknown option '--colour'/);
    expect(result.stderr).toMatch(/hint: .*--help/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [['--items', '0'], /--items must be an integer from 1/],
    [['--items', '-5'], /--items must be an integer from 1/],
    [['--items', 'many'], /--items must be a whole number, got "many"/],
    [['--size', '10'], /--size must be an integer from 64 to 8192/],
  ])('rejects %j with a clear error and writes nothing', (flags, message) => {
    const out = join(scratch, `bad-${flags.join('')}`);
    const result = runCli(['world', 'generate', '--out', out, ...flags]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(readdirSync(scratch).filter((name) => name.includes('bad-'))).toEqual([]);
  });

  it('refuses an existing non-empty --out without --force and leaves it untouched', () => {
    const out = join(scratch, 'occupied');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'precious');
    const result = runCli(['world', 'generate', '--out', out, '--items', '5', '--scenes', '0']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error OUTPUT_EXISTS: .*already exists.*\n\s+hint: .*--force/);
    expect(readdirSync(out)).toEqual(['keep.txt']);
    expect(readdirSync(scratch).filter((name) => name.startsWith('.occupied'))).toEqual([]);
  });

  it('reports an unwritable --out', () => {
    const blocker = join(scratch, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const result = runCli(['world', 'generate', '--out', join(blocker, 'world'), '--items', '5']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error OUTPUT_NOT_WRITABLE: cannot write to --out/);
  });

  it('--json gives a machine-readable error', () => {
    const result = runCli(['world', 'generate', '--out', join(scratch, 'j'), '--items', '0', '--json']);
    expect(result.status).toBe(2);
    const parsed = JSON.parse(result.stdout);
    expect(parsed).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('renders a prompt and says what it understood and ignored', async () => {
    const out = join(scratch, 'blazer.png');
    const result = runCli([
      'world',
      'render',
      '--prompt',
      'navy pinstripe blazer with two gold buttons and good vibes',
      '--out',
      out,
      '--json',
    ]);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.item).toMatchObject({
      category: 'jacket',
      color: 'navy',
      pattern: { kind: 'pinstripe' },
      parts: { closure: 'buttons', buttons: 2 },
      details: { hardware: 'mustard' },
    });
    expect(parsed.ignored).toContain('vibes');
    const metadata = await sharp(readFileSync(out)).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 512, 512]);
  });

  it('a prompt with no recognised attribute is an error and writes no file', () => {
    const out = join(scratch, 'nothing.png');
    const result = runCli(['world', 'render', '--prompt', 'something nice for friday', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error PROMPT_NOT_UNDERSTOOD/);
    expect(readdirSync(scratch)).not.toContain('nothing.png');
  });

  it('demo generates, indexes and searches a world, offline', () => {
    const out = join(scratch, 'demo-world');
    const home = join(scratch, 'demo-home');
    const result = runCli(['demo', '--items', '120', '--out', out, '--home', home, '--json']);
    expect(result.status, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.world.counts.items).toBe(120);
    expect(summary.world.counts.scenes).toBe(2);
    expect(summary.index).toMatchObject({ assets: 120, vectors: 120 });
    expect(summary.searches).toHaveLength(3);
    for (const search of summary.searches) expect(search.results.length).toBeGreaterThan(0);
  });
});
