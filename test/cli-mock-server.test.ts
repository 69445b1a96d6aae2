import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';

const ROOT = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'atelier-cli-mock-server-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

const script = join(scratch, 'script.yaml');
writeFileSync(
  script,
  [
    'models: [mock-vlm]',
    'steps:',
    '  - match: { lastUserContains: skirt }',
    '    respond: { text: "A navy pleated skirt." }',
    'default: { echo: true }',
  ].join('\n'),
);

/** Starts the real `atelier mock-server` and resolves with its first stdout line. */
function startCli(
  args: string[],
): Promise<{ child: ChildProcess; firstLine: string; exit: Promise<number | null> }> {
  const child = spawn(process.execPath, [resolve(ROOT, 'bin/atelier.js'), 'mock-server', ...args], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
      if (newline >= 0) done({ child, firstLine: stdout.slice(0, newline), exit });
    });
    exit.then((code) => fail(new Error(`mock-server exited (${code}) before printing a URL: ${stderr}`)));
  });
}

describe('atelier mock-server', () => {
  it('prints its URL, answers from the script, and exits 0 on Ctrl-C', async () => {
    const { child, firstLine, exit } = await startCli(['--script', script, '--json']);
    const { url } = JSON.parse(firstLine) as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);

    const response = await fetch(`${url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'mock-vlm', messages: [{ role: 'user', content: 'a skirt please' }] }),
    });
    expect(response.status).toBe(200);
    const completion = (await response.json()) as { choices: { message: { content: string } }[] };
    expect(completion.choices[0]?.message.content).toBe('A navy pleated skirt.');

    child.kill('SIGINT');
    expect(await exit).toBe(0);
  });

  it('prints the bare URL without --json and stops on SIGTERM', async () => {
    const { child, firstLine, exit } = await startCli(['--script', script]);
    expect(firstLine).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const models = (await (await fetch(`${firstLine}/models`)).json()) as { data: { id: string }[] };
    expect(models.data.map((model) => model.id)).toEqual(['mock-vlm']);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('a bad script is one SCRIPT_INVALID line naming the file and the path', () => {
    const bad = join(scratch, 'bad.yaml');
    writeFileSync(bad, 'steps:\n  - respond: { text: "x", hang: true }\n');
    const result = runCli(['mock-server', '--script', bad]);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(
      `error SCRIPT_INVALID: ${bad}:2: steps[0].respond: a response takes one of text, toolCalls, echo, error, rateLimit, hang (text may go with toolCalls), got text and hang`,
    );
  });

  it('a port in use is a clear error', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = runCli(['mock-server', '--script', script, '--port', String(port)]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(
        new RegExp(`^error INVALID_ARGUMENT: port ${port} on 127\\.0\\.0\\.1 is already in use`),
      );
    } finally {
      await new Promise((done) => blocker.close(done));
    }
  });
});
