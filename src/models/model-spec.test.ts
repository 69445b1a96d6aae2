import { describe, expect, it } from 'vitest';
import { AtelierError } from '../core/index.ts';
import { formatModelSpec, parseModelSpec, safeParseModelSpec } from './model-spec.ts';

function failure(text: string): AtelierError {
  const result = safeParseModelSpec(text);
  if (result.success) throw new Error(`expected "${text}" to be refused`);
  return result.error;
}

describe('model spec', () => {
  it('parses every form', () => {
    expect(parseModelSpec('openai:gpt-4o')).toEqual({ kind: 'openai', model: 'gpt-4o' });
    expect(parseModelSpec('anthropic:claude-sonnet-4-6')).toEqual({
      kind: 'anthropic',
      model: 'claude-sonnet-4-6',
    });
    expect(parseModelSpec('openai-compatible:http://localhost:8000/v1/#Qwen/Qwen2.5-VL-7B-Instruct')).toEqual(
      {
        kind: 'openai-compatible',
        baseUrl: 'http://localhost:8000/v1',
        model: 'Qwen/Qwen2.5-VL-7B-Instruct',
      },
    );
    // Ollama names carry a colon and a tag; only the first `#` ends the URL.
    expect(parseModelSpec(' openai-compatible:https://gpu.lan:11434/v1#llava:13b ')).toEqual({
      kind: 'openai-compatible',
      baseUrl: 'https://gpu.lan:11434/v1',
      model: 'llava:13b',
    });
    expect(parseModelSpec('random')).toEqual({ kind: 'random' });
    expect(parseModelSpec('oracle')).toEqual({ kind: 'oracle' });
    expect(parseModelSpec('rules')).toEqual({ kind: 'rules' });
    expect(parseModelSpec('text-only:anthropic:claude-haiku-4-5')).toEqual({
      kind: 'text-only',
      inner: { kind: 'anthropic', model: 'claude-haiku-4-5' },
    });
    expect(parseModelSpec('text-only:text-only:rules')).toEqual({
      kind: 'text-only',
      inner: { kind: 'text-only', inner: { kind: 'rules' } },
    });
  });

  it('formats back to text that parses to the same spec', () => {
    for (const text of [
      'openai:gpt-4o-mini',
      'openai-compatible:http://127.0.0.1:30000/v1#default',
      'text-only:openai-compatible:http://localhost:8000/v1#Qwen/Qwen2.5-VL-7B-Instruct',
      'random',
    ]) {
      expect(formatModelSpec(parseModelSpec(text))).toBe(text);
    }
  });

  it('refuses bad specs with MODEL_SPEC_INVALID and a hint listing the valid forms', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /empty/],
      ['gpt-4o', /unknown model "gpt-4o"/],
      ['azure:gpt-4o', /unknown model kind "azure"/],
      ['openai:', /needs a model name/],
      ['openai-compatible:http://localhost:8000/v1', /needs `#MODEL`/],
      ['openai-compatible:http://localhost:8000/v1#', /model name after `#` is empty/],
      ['openai-compatible:localhost:8000#qwen', /http or https|not a URL/],
      ['openai-compatible:ftp://host/v1#qwen', /http or https/],
      ['text-only:', /needs the spec/],
      ['text-only:nonsense', /unknown model "nonsense"/],
    ];
    for (const [text, reason] of cases) {
      const error = failure(text);
      expect(error.code).toBe('MODEL_SPEC_INVALID');
      expect(error.message).toMatch(reason);
    }
    expect(failure('gpt-4o').hint).toContain('openai-compatible:http://HOST:PORT/v1#MODEL');
    expect(() => parseModelSpec('nonsense')).toThrow(AtelierError);
  });

  it('refuses credentials in a URL without repeating them', () => {
    const error = failure('openai-compatible:http://user:hunter2@gpu.lan:8000/v1#qwen');
    expect(error.code).toBe('MODEL_SPEC_INVALID');
    expect(error.message).toContain('gpu.lan:8000');
    expect(error.message).not.toContain('hunter2');
  });
});
