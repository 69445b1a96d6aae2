import { describe, expect, it } from 'vitest';
import { mapInOrder } from './map-in-order.ts';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapInOrder', () => {
  it('consumes in index order even when later items finish first', async () => {
    const seen: number[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    await mapInOrder(
      12,
      4,
      async (index) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await delay((12 - index) % 5);
        inFlight--;
        return index * 10;
      },
      (index, value) => {
        expect(value).toBe(index * 10);
        seen.push(index);
      },
    );
    expect(seen).toEqual([...Array(12).keys()]);
    expect(maxInFlight).toBeLessThanOrEqual(4);
    expect(maxInFlight).toBeGreaterThan(1);
  });

  it('rejects with the first failing index and starts nothing past the window', async () => {
    const started: number[] = [];
    await expect(
      mapInOrder(
        100,
        3,
        async (index) => {
          started.push(index);
          if (index === 5) throw new Error('boom at 5');
          return index;
        },
        () => {},
      ),
    ).rejects.toThrow('boom at 5');
    expect(Math.max(...started)).toBeLessThan(10);
  });
});
