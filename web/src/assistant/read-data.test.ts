import { describe, expect, it } from 'vitest';
import { asArray, asNumber, asRecord, asString, formatPrice, parseArguments } from './read-data.ts';

describe('narrowing untrusted tool data', () => {
  it('takes only plain objects as records', () => {
    expect(asRecord({ a: 1 })).toEqual({ a: 1 });
    expect(asRecord([1])).toBeUndefined();
    expect(asRecord(null)).toBeUndefined();
    expect(asRecord('x')).toBeUndefined();
  });

  it('reads arrays, strings and finite numbers, else gives the empty answer', () => {
    expect(asArray([1, 'a'])).toEqual([1, 'a']);
    expect(asArray({ length: 1 })).toEqual([]);
    expect(asString('s')).toBe('s');
    expect(asString(1)).toBeUndefined();
    expect(asNumber(2.5)).toBe(2.5);
    expect(asNumber(Number.NaN)).toBeUndefined();
    expect(asNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(asNumber('3')).toBeUndefined();
  });

  it('parses tool arguments only when they are a JSON object', () => {
    expect(parseArguments('{"box":[1,2,3,4]}')).toEqual({ box: [1, 2, 3, 4] });
    expect(parseArguments('[1]')).toBeUndefined();
    expect(parseArguments('{"box":')).toBeUndefined();
    expect(parseArguments('')).toBeUndefined();
  });
});

describe('formatPrice', () => {
  it('prints whole dollars bare and cents with two digits', () => {
    expect(formatPrice(60)).toBe('$60');
    expect(formatPrice(19.5)).toBe('$19.50');
    expect(formatPrice(0)).toBe('$0');
    expect(formatPrice(undefined)).toBe('');
    expect(formatPrice(null)).toBe('');
  });
});
