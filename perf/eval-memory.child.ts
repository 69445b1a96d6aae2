/**
 * Runs a large JSONL suite in a process of its own and prints its figures with the peak RSS, so the
 * peak is the harness's alone (the mock server is another process) and starts from a clean heap.
 * Arguments: FILE CONCURRENCY [PRAGMA...].
 */
import { runLevel } from './eval-level.ts';
import { startMockProcess } from './eval-mock.ts';

const [file, concurrency, ...sqlitePragmas] = process.argv.slice(2);
const mock = await startMockProcess();
try {
  const figures = await runLevel({
    file: file!,
    mock,
    concurrency: Number(concurrency),
    measureLatency: false,
    sqlitePragmas,
  });
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ...figures, peakRssMb })}\n`);
} finally {
  await mock.stop();
}
