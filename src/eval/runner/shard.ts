import { AtelierError } from '../../core/index.ts';

/** One of `count` processes that split a run: it takes the samples at positions ≡ index − 1 (mod count). */
export interface Shard {
  /** 1-based, as written on the command line (`--shard 2/4`). */
  index: number;
  count: number;
}

export const WHOLE_RUN: Shard = { index: 1, count: 1 };

export function checkShard(shard: Shard): Shard {
  const { index, count } = shard;
  if (!Number.isInteger(index) || !Number.isInteger(count) || count < 1 || index < 1 || index > count) {
    throw new AtelierError('INVALID_ARGUMENT', `shard ${index}/${count} does not exist`, {
      hint: 'Write --shard i/n with 1 ≤ i ≤ n, e.g. --shard 1/4 … --shard 4/4, and the same --run id for every shard.',
    });
  }
  return shard;
}

/** Reads "i/n" from the command line. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) {
    throw new AtelierError('INVALID_ARGUMENT', `--shard must look like i/n (e.g. 1/4), got "${text}"`, {
      hint: 'Split a run into n processes with --shard 1/n … --shard n/n and the same --run id.',
    });
  }
  return checkShard({ index: Number(match[1]), count: Number(match[2]) });
}

export function inShard(position: number, shard: Shard): boolean {
  return position % shard.count === shard.index - 1;
}

/** How many of `total` positions fall in the shard. */
export function shardSize(total: number, shard: Shard): number {
  return total >= shard.index ? Math.floor((total - shard.index) / shard.count) + 1 : 0;
}
