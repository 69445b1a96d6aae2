/**
 * The mock OpenAI-compatible server of the eval benchmark, in its own process so that its CPU time
 * is not counted as the harness's (both still share the machine's cores). Prints `{"url": …}` once it
 * listens; answers an IPC 'usage' message with its CPU time and request count, so the benchmark can
 * subtract the server's own work from each sample.
 */
import { startMockServer } from '../src/models/index.ts';

const server = await startMockServer({
  // Zero latency: every request is answered "A" at once; the log keeps nothing (flat memory).
  script: { default: { text: 'A' } },
  port: 0,
  logLimit: 0,
});

process.on('message', (message: unknown) => {
  if (message === 'usage') {
    const cpu = process.cpuUsage();
    process.send?.({
      cpuMs: (cpu.user + cpu.system) / 1000,
      requests: server.requestCount(),
      rssMb: process.memoryUsage.rss() / 1024 / 1024,
    });
  } else if (message === 'stop') {
    void server.close().then(() => process.exit(0));
  }
});
process.on('disconnect', () => {
  void server.close().then(() => process.exit(0));
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
