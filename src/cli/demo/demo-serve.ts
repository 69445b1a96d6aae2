import { AtelierError } from '../../core/index.ts';

/**
 * The demo's last stage: the web app over the demo's home folder, on loopback, until Ctrl-C. When
 * the usual port is taken (another Atelier, another tool) a free one is used instead of failing
 * after a minute of work.
 */
export async function demoServe(home: string, port: number, signal: AbortSignal): Promise<void> {
  const { runServe } = await import('../commands/serve-session.ts');
  process.stderr.write(
    '\nserving the web app over the demo data (explore, assistant, runs, boards); Ctrl-C stops it:\n',
  );
  const flags = { host: '127.0.0.1', home, model: [] as string[] };
  try {
    await runServe({ ...flags, port }, signal);
  } catch (error) {
    if (!(port !== 0 && error instanceof AtelierError && /already in use/.test(error.message))) throw error;
    process.stderr.write(`port ${port} is in use; serving on a free port instead\n`);
    await runServe({ ...flags, port: 0 }, signal);
  }
}
