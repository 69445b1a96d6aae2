import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export interface Served {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

/**
 * Runs the real CLI (`atelier demo …` or `atelier serve …`, both of which end by serving until a
 * signal) and resolves with the first http://127.0.0.1:PORT/ line it prints on stdout.
 */
export function startServing(args: string[], cwd: string, timeoutMs: number): Promise<Served> {
  const child = spawn(process.execPath, [resolve(ROOT, 'bin/atelier.js'), ...args], {
    cwd,
    env: { ...process.env, FORCE_COLOR: '0', ATELIER_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`atelier ${args[0]} printed no URL within ${timeoutMs} ms:\n${output.slice(-3000)}`));
    }, timeoutMs);
    const read = (data: Buffer) => {
      output += data.toString();
      const match = /^(http:\/\/127\.0\.0\.1:\d+)\/?$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        done({ child, url: match[1]!, output: () => output, exit });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (data: Buffer) => {
      output += data.toString();
    });
    exit.then((code) => {
      clearTimeout(timer);
      fail(new Error(`atelier ${args[0]} exited (${code}) before printing a URL:\n${output.slice(-3000)}`));
    });
  });
}

/** Stops a serving CLI the way a person does (Ctrl-C) and returns its exit code. */
export async function interrupt(served: Served): Promise<number | null> {
  if (served.child.exitCode !== null || served.child.signalCode !== null) return served.child.exitCode;
  served.child.kill('SIGINT');
  const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 10_000));
  const result = await Promise.race([served.exit, timeout]);
  if (result === 'timeout') {
    served.child.kill('SIGKILL');
    return null;
  }
  return result;
}
