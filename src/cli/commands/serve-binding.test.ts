import { describe, expect, it } from 'vitest';
import { checkBinding, displayUrl } from './serve-binding.ts';

const TOKEN = 'x'.repeat(24);

describe('checkBinding', () => {
  it('serves loopback addresses without a token', () => {
    expect(checkBinding('127.0.0.1', undefined, {})).toBeUndefined();
    expect(checkBinding('localhost', undefined, {})).toBeUndefined();
    expect(checkBinding('::1', undefined, {})).toBeUndefined();
  });

  it('refuses any other address without a token, saying how to give one', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
      expect(() => checkBinding(host, undefined, {})).toThrow(
        expect.objectContaining({ code: 'USAGE', hint: expect.stringMatching(/--token.*ATELIER_TOKEN/) }),
      );
    }
  });

  it('takes the token from the flag first, then ATELIER_TOKEN', () => {
    expect(checkBinding('0.0.0.0', TOKEN, { ATELIER_TOKEN: 'y'.repeat(20) })).toBe(TOKEN);
    expect(checkBinding('0.0.0.0', undefined, { ATELIER_TOKEN: TOKEN })).toBe(TOKEN);
    expect(() => checkBinding('0.0.0.0', undefined, { ATELIER_TOKEN: '  ' })).toThrow(
      /without an access token/,
    );
  });

  it('refuses a short token', () => {
    expect(() => checkBinding('127.0.0.1', 'short', {})).toThrow(/at least 16/);
  });
});

describe('displayUrl', () => {
  it('prints an address a browser can open', () => {
    expect(displayUrl('0.0.0.0', 7860)).toBe('http://127.0.0.1:7860/');
    expect(displayUrl('::', 80)).toBe('http://[::1]:80/');
    expect(displayUrl('127.0.0.1', 1234)).toBe('http://127.0.0.1:1234/');
  });
});
