import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AtelierError, type ErrorCode } from '../core/index.ts';
import type { RunComparison, RunSummary } from '../eval/index.ts';
import type { SummaryReply, SummaryTask } from './summary-task.ts';

type Task = SummaryTask extends infer T ? (T extends SummaryTask ? Omit<T, 'id' | 'home'> : never) : never;
type Declared = { headline: string[]; chance: Record<string, number> } | undefined;

export interface SummaryRunner {
  summary(run: RunSummary['run'], declared: Declared): Promise<RunSummary>;
  comparison(a: string, b: string): Promise<RunComparison | null>;
  close(): void;
}

const ENTRY = fileURLToPath(new URL('./summary-process.ts', import.meta.url));

/** The child runs the TypeScript entry through tsx's loader, as bin/atelier.js runs the CLI. */
function loaderArguments(): string[] {
  if (!ENTRY.endsWith('.ts')) return [];
  return ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href];
}

function parseValue(text: string): unknown {
  return JSON.parse(text, (_, item) => (item === 'NaN' ? Number.NaN : item));
}

/**
 * Runs summarizeRun and compareRuns in one child process, one task at a time: their seeded
 * bootstraps take seconds on a 100,000-sample run, during which the server keeps answering. The
 * child starts on the first task and is not waited for at exit.
 */
export function createSummaryRunner(home: string): SummaryRunner {
  let child: ChildProcess | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };

  const idle = (process: ChildProcess) => {
    process.unref();
    process.channel?.unref();
  };

  const start = (): ChildProcess => {
    const started = fork(ENTRY, [], {
      execArgv: loaderArguments(),
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    started.on('message', (reply: SummaryReply) => {
      if ('ready' in reply) return;
      const waiter = pending.get(reply.id);
      if (!waiter) return;
      pending.delete(reply.id);
      if (pending.size === 0) idle(started);
      if (reply.ok) waiter.resolve(parseValue(reply.value));
      else waiter.reject(new AtelierError(reply.error.code as ErrorCode, reply.error.message));
    });
    started.on('exit', (code, signal) => {
      if (child === started) child = undefined;
      failAll(new AtelierError('INTERNAL', `the summary process stopped (${signal ?? `exit ${code}`})`));
    });
    started.on('error', (error) => failAll(error));
    return started;
  };

  const submit = (task: Task): Promise<unknown> => {
    child ??= start();
    const current = child;
    current.ref();
    current.channel?.ref();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      current.send({ ...task, id, home } as SummaryTask);
    });
  };

  return {
    summary: (run, declared) => submit({ kind: 'summary', run, declared }) as Promise<RunSummary>,
    comparison: (a, b) => submit({ kind: 'comparison', a, b }) as Promise<RunComparison | null>,
    close() {
      const current = child;
      child = undefined;
      current?.kill();
      failAll(new AtelierError('INTERNAL', 'the server is closing'));
    },
  };
}
