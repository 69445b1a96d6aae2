/** Starts perf/eval-mock-server.child.ts and talks to it. */
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface MockUsage {
  cpuMs: number;
  requests: number;
  rssMb: number;
}

export interface MockProcess {
  url: string;
  pid: number;
  usage(): Promise<MockUsage>;
  stop(): Promise<void>;
}

/** EVAL_MOCK_CPU_PROF=FOLDER writes a CPU profile of the mock server there, for profiling its share. */
export async function startMockProcess(): Promise<MockProcess> {
  const profile = process.env.EVAL_MOCK_CPU_PROF;
  const child: ChildProcess = fork(`${import.meta.dirname}/eval-mock-server.child.ts`, [], {
    execArgv: ['--import', 'tsx', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the mock server exited with ${code} before it listened`);
    }),
  ])) as [string];
  const { url } = JSON.parse(line) as { url: string };
  return {
    url,
    pid: child.pid ?? -1,
    usage: async () => {
      child.send('usage');
      const [message] = (await once(child, 'message')) as [MockUsage];
      return message;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.send('stop');
      await exited;
    },
  };
}
