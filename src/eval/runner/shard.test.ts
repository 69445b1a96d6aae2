import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardSize } from './shard.ts';

describe('shards', () => {
  it('reads i/n and refuses shards that do not exist', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(() => parseShard('3/2')).toThrow(/shard 3\/2 does not exist/);
    expect(() => parseShard('0/2')).toThrow(/does not exist/);
    expect(() => parseShard('half')).toThrow(/must look like i\/n/);
  });

  it('splits positions so that every position falls in exactly one shard', () => {
    const total = 11;
    const shards = [1, 2, 3].map((index) => ({ index, count: 3 }));
    for (let position = 0; position < total; position += 1) {
      expect(shards.filter((shard) => inShard(position, shard))).toHaveLength(1);
    }
    expect(shards.map((shard) => shardSize(total, shard))).toEqual([4, 4, 3]);
    expect(shardSize(1, { index: 2, count: 2 })).toBe(0);
  });
});
