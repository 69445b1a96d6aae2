import { describe, expect, it } from 'vitest';
import { AtelierError } from '../../core/index.ts';
import {
  AdaptiveLimiter,
  type LimiterPermit,
  LimiterRegistry,
  normaliseEndpoint,
} from './adaptive-limiter.ts';

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs one task that reports `outcome` and finishes at once. */
function settle(limiter: AdaptiveLimiter, outcome: 'success' | 'rate-limited'): Promise<void> {
  return limiter.run(async (permit) => {
    if (outcome === 'success') permit.reportSuccess();
    else permit.reportRateLimited();
  });
}

describe('AdaptiveLimiter', () => {
  it('halves on a 429, never below 1', async () => {
    const limiter = new AdaptiveLimiter({ initial: 8, max: 16, window: 3 });
    await settle(limiter, 'rate-limited');
    expect(limiter.limit).toBe(4);
    await settle(limiter, 'rate-limited');
    await settle(limiter, 'rate-limited');
    await settle(limiter, 'rate-limited');
    await settle(limiter, 'rate-limited');
    expect(limiter.limit).toBe(1);
  });

  it('halves once for a burst of 429s from calls that were in flight together', async () => {
    const limiter = new AdaptiveLimiter({ initial: 8, max: 16, window: 3 });
    const gate = deferred();
    const permits: LimiterPermit[] = [];
    const tasks = Array.from({ length: 8 }, () =>
      limiter.run(async (permit) => {
        permits.push(permit);
        await gate.promise;
      }),
    );
    await flush();
    for (const permit of permits) permit.reportRateLimited();
    gate.resolve();
    await Promise.all(tasks);
    expect(limiter.limit).toBe(4);
  });

  it('grows by one after each window of consecutive successes, up to max', async () => {
    const limiter = new AdaptiveLimiter({ initial: 2, max: 3, window: 3 });
    await settle(limiter, 'success');
    await settle(limiter, 'success');
    expect(limiter.limit).toBe(2);
    await settle(limiter, 'success');
    expect(limiter.limit).toBe(3);
    for (let index = 0; index < 6; index++) await settle(limiter, 'success');
    expect(limiter.limit).toBe(3);
  });

  it('a 429 restarts the count of successes', async () => {
    const limiter = new AdaptiveLimiter({ initial: 4, max: 8, window: 3 });
    await settle(limiter, 'success');
    await settle(limiter, 'success');
    await settle(limiter, 'rate-limited');
    expect(limiter.limit).toBe(2);
    await settle(limiter, 'success');
    await settle(limiter, 'success');
    expect(limiter.limit).toBe(2);
    await settle(limiter, 'success');
    expect(limiter.limit).toBe(3);
  });

  it('starts queued tasks in the order they arrived', async () => {
    const limiter = new AdaptiveLimiter({ initial: 1, max: 1, window: 1 });
    const gate = deferred();
    const started: number[] = [];
    const first = limiter.run(async () => {
      started.push(0);
      await gate.promise;
    });
    const rest = [1, 2, 3, 4].map((index) =>
      limiter.run(async () => {
        started.push(index);
      }),
    );
    await flush();
    expect(started).toEqual([0]);
    expect(limiter.snapshot()).toEqual({ limit: 1, inFlight: 1, queued: 4 });
    gate.resolve();
    await Promise.all([first, ...rest]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(limiter.snapshot()).toEqual({ limit: 1, inFlight: 0, queued: 0 });
  });

  it('never runs more tasks at once than its limit, even as the limit changes', async () => {
    const limiter = new AdaptiveLimiter({ initial: 4, max: 6, window: 2 });
    let running = 0;
    let highest = 0;
    const violations: string[] = [];
    const tasks = Array.from({ length: 50 }, (_, index) =>
      limiter.run(async (permit) => {
        running++;
        highest = Math.max(highest, running);
        if (running > limiter.limit) violations.push(`task ${index}: ${running} > ${limiter.limit}`);
        await flush();
        if (index % 7 === 3) permit.reportRateLimited();
        else permit.reportSuccess();
        running--;
        return index;
      }),
    );
    expect(await Promise.all(tasks)).toEqual(Array.from({ length: 50 }, (_, index) => index));
    expect(violations).toEqual([]);
    expect(highest).toBeGreaterThan(1);
    expect(highest).toBeLessThanOrEqual(6);
    expect(limiter.inFlight).toBe(0);
  });

  it('removes an aborted task from the queue and rejects it with INTERRUPTED', async () => {
    const limiter = new AdaptiveLimiter({ initial: 1, max: 1 });
    const gate = deferred();
    const ran: string[] = [];
    const first = limiter.run(async () => {
      ran.push('first');
      await gate.promise;
    });
    const controller = new AbortController();
    const aborted = limiter.run(async () => {
      ran.push('aborted');
    }, controller.signal);
    const last = limiter.run(async () => {
      ran.push('last');
    });
    expect(limiter.queued).toBe(2);
    controller.abort();
    await expect(aborted).rejects.toSatisfy(
      (error) => error instanceof AtelierError && error.code === 'INTERRUPTED',
    );
    expect(limiter.queued).toBe(1);
    gate.resolve();
    await Promise.all([first, last]);
    expect(ran).toEqual(['first', 'last']);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const limiter = new AdaptiveLimiter();
    let ran = false;
    await expect(
      limiter.run(async () => {
        ran = true;
      }, AbortSignal.abort()),
    ).rejects.toThrow(/cancelled/);
    expect(ran).toBe(false);
  });

  it('frees the slot when a task throws', async () => {
    const limiter = new AdaptiveLimiter({ initial: 1, max: 1 });
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(async () => 'next')).toBe('next');
  });
});

describe('LimiterRegistry', () => {
  it('gives models on the same base URL one limiter', () => {
    const registry = new LimiterRegistry();
    const first = registry.limiterFor('http://Localhost:8000/v1/', { initial: 2 });
    expect(registry.limiterFor('http://localhost:8000/v1')).toBe(first);
    expect(registry.limiterFor('http://localhost:8001/v1')).not.toBe(first);
    expect(first.limit).toBe(2);
    expect([...registry.snapshots().keys()]).toEqual([
      'http://localhost:8000/v1',
      'http://localhost:8001/v1',
    ]);
  });

  it('normalises what it cannot parse as a URL by trimming slashes', () => {
    expect(normaliseEndpoint('anthropic/')).toBe('anthropic');
  });
});
