import { describe, expect, it } from 'vitest';
import { RequestLog, withoutSecrets } from './request-log.ts';

const entry = (path: string) => ({ method: 'POST', path, body: null, headers: {} });

describe('RequestLog', () => {
  it('keeps the most recent entries, oldest first, and still counts them all', () => {
    const log = new RequestLog(3);
    for (const path of ['a', 'b']) log.add(entry(path));
    expect(log.list().map((request) => request.path)).toEqual(['a', 'b']);
    for (const path of ['c', 'd', 'e']) log.add(entry(path));
    expect(log.list().map((request) => request.path)).toEqual(['c', 'd', 'e']);
    expect(log.list().map((request) => request.sequence)).toEqual([3, 4, 5]);
    expect(log.total).toBe(5);
    log.add(entry('f'));
    expect(log.list().map((request) => request.path)).toEqual(['d', 'e', 'f']);
    log.clear();
    expect(log.list()).toEqual([]);
    expect(log.add(entry('g')).sequence).toBe(1);
  });

  it('a limit of 0 keeps nothing but counts', () => {
    const log = new RequestLog(0);
    log.add(entry('a'));
    expect(log.list()).toEqual([]);
    expect(log.total).toBe(1);
  });

  it('drops credentials from headers', () => {
    expect(
      withoutSecrets({ authorization: 'Bearer x', 'x-api-key': 'k', 'content-type': 'application/json' }),
    ).toEqual({
      'content-type': 'application/json',
    });
  });
});
