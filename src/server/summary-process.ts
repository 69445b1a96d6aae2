import { compareRuns, summarizeRun } from '../eval/index.ts';
import { openStore, type Store } from '../store/index.ts';
import type { SummaryReply, SummaryTask } from './summary-task.ts';

/**
 * The child-process side of summary-runner.ts: computes run summaries and comparisons on its own
 * connection to the store, so the bootstraps over a large run never stall the server's event loop.
 * (A worker thread cannot do it: the vector index's native module does not load in one.)
 */
const stores = new Map<string, Promise<Store>>();

function storeFor(home: string): Promise<Store> {
  let store = stores.get(home);
  if (!store) {
    store = openStore(home);
    stores.set(home, store);
  }
  return store;
}

const reply = (message: SummaryReply) => process.send?.(message);

process.on('message', async (task: SummaryTask) => {
  try {
    const store = await storeFor(task.home);
    const value =
      task.kind === 'summary'
        ? summarizeRun(store, task.run, task.declared)
        : compareRuns(store, task.a, task.b);
    // NaN (an empty metric) does not survive JSON: it is sent as null and read back as NaN.
    reply({
      id: task.id,
      ok: true,
      value: JSON.stringify(value, (_, item) => (Number.isNaN(item) ? 'NaN' : item)),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown }).code;
    reply({ id: task.id, ok: false, error: { message, code: typeof code === 'string' ? code : 'INTERNAL' } });
  }
});
process.on('disconnect', () => process.exit(0));
reply({ ready: true });
