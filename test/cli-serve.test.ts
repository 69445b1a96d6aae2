import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliAsync } from './cli-helpers.ts';

const ROOT = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'atelier-cli-serve-'));
const home = join(scratch, 'home');
// A web root that does not exist, so the test does not depend on whether web/dist has been built.
const webRoot = join(scratch, 'no-web-app');
const TOKEN = 'serve-test-token-0123456789abcdef';
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

interface Served {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Starts the real `atelier serve` (it never exits by itself) and resolves once it prints its URL. */
function startServe(args: string[], env: Record<string, string> = {}): Promise<Served> {
  const child = spawn(
    process.execPath,
    [resolve(ROOT, 'bin/atelier.js'), 'serve', '--port', '0', '--home', home, '--web-root', webRoot, ...args],
    {
      cwd: scratch,
      env: { ...process.env, FORCE_COLOR: '0', ATELIER_TOKEN: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (data: Buffer) => {
    stderr += data.toString();
  });
  return new Promise((done, fail) => {
    child.stdout?.on('data', (data: Buffer) => {
      stdout += data.toString();
      const newline = stdout.indexOf('\n');
      if (newline >= 0) done({ child, url: stdout.slice(0, newline), stderr: () => stderr, exit });
    });
    exit.then((code) => fail(new Error(`serve exited (${code}) before printing a URL: ${stderr}`)));
  });
}

describe('atelier serve', () => {
  it('binds 127.0.0.1, prints its URL, answers /api/health and the not-built page, and exits 0 on SIGINT', async () => {
    const served = await startServe([]);
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = await fetch(new URL('/api/health', served.url));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, search: false });
    const page = await fetch(served.url);
    expect(await page.text()).toMatch(/web app is not built/);
    // Nothing is indexed in this home, and the API says so instead of failing obscurely.
    const search = await fetch(new URL('/api/search', served.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'skirt' }),
    });
    expect(search.status).toBe(409);
    expect(served.stderr()).toMatch(/search off/);
    served.child.kill('SIGINT');
    expect(await served.exit).toBe(0);
    expect(served.stderr()).toMatch(/stopped/);
  });

  it('refuses to bind another address without a token, saying how to give one', async () => {
    const result = await runCliAsync(['serve', '--host', '0.0.0.0', '--port', '0', '--home', home], {
      cwd: scratch,
      env: { ATELIER_TOKEN: '' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/error USAGE: refusing to serve on 0\.0\.0\.0 without an access token/);
    expect(result.stderr).toMatch(/hint: .*--token.*ATELIER_TOKEN/);
    expect(result.stdout).toBe('');
  });

  it('requires the token on every API call when given with --token, and stops on SIGTERM', async () => {
    const served = await startServe(['--token', TOKEN]);
    const health = new URL('/api/health', served.url);
    expect((await fetch(health)).status).toBe(401);
    expect((await fetch(health, { headers: { authorization: 'Bearer not-the-token-at-all' } })).status).toBe(
      401,
    );
    expect((await fetch(health, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await fetch(new URL('/api/runs', served.url))).status).toBe(401);
    expect(served.stderr()).not.toContain(TOKEN);
    served.child.kill('SIGTERM');
    expect(await served.exit).toBe(0);
  });

  it('serves every address with ATELIER_TOKEN set, printing an address a browser can open', async () => {
    const served = await startServe(['--host', '0.0.0.0'], { ATELIER_TOKEN: TOKEN });
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = new URL('/api/health', served.url);
    expect((await fetch(health)).status).toBe(401);
    expect((await fetch(health, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    served.child.kill('SIGINT');
    expect(await served.exit).toBe(0);
  });
});
