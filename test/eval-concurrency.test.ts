import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRunModel } from '../src/eval/index.ts';
import { openStore } from '../src/store/index.ts';

/** An OpenAI-compatible endpoint that answers after a pause and records how many calls overlapped. */
async function slowServer(): Promise<{ url: string; peak: () => number; close: () => Promise<void> }> {
  let inFlight = 0;
  let peak = 0;
  const server: Server = createServer((request, response) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    request.resume();
    request.on('end', () => {
      setTimeout(() => {
        inFlight -= 1;
        response.setHeader('content-type', 'application/json');
        response.end(
          JSON.stringify({
            id: 'c',
            object: 'chat.completion',
            created: 0,
            model: 'm',
            choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'A' } }],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          }),
        );
      }, 150);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    peak: () => peak,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('atelier eval --concurrency reaches the endpoint', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function peakWith(concurrency: number | undefined): Promise<number> {
    const home = mkdtempSync(join(tmpdir(), 'atelier-eval-concurrency-'));
    cleanups.push(() => rmSync(home, { recursive: true, force: true }));
    const store = await openStore(home);
    cleanups.push(() => store.close());
    const server = await slowServer();
    cleanups.push(() => server.close());
    const model = await createRunModel(`openai-compatible:${server.url}#m`, {
      store,
      ...(concurrency !== undefined ? { concurrency } : {}),
    });
    // Twenty distinct questions, so the request cache cannot answer any of them.
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        model.complete({
          messages: [{ role: 'user', content: [{ type: 'text', text: `question ${index}` }] }],
        }),
      ),
    );
    return server.peak();
  }

  it('opens as many requests at once as the flag asks for', async () => {
    expect(await peakWith(12)).toBe(12);
  });

  it('starts from the config default of 4 without the flag', async () => {
    // The adaptive limiter adds one slot after ten successes, so twenty calls may reach five.
    const peak = await peakWith(undefined);
    expect(peak).toBeGreaterThanOrEqual(4);
    expect(peak).toBeLessThanOrEqual(5);
  });
});
