import { describe, expect, it } from 'vitest';
import { collectSecrets, REDACTED, redactDeep, redactSecrets } from './redact-secrets.ts';

describe('collectSecrets', () => {
  it('takes values of variables named like secrets, long enough, longest first, once each', () => {
    const secrets = collectSecrets(
      {
        OPENAI_API_KEY: 'sk-test-0123456789abcdef',
        HF_TOKEN: 'hf_abcdefgh',
        CLIENT_SECRET: 'short',
        ANTHROPIC_API_KEY: undefined,
        api_key: 'lowercase-key-123',
        PATH: '/usr/local/bin:/usr/bin',
        TOKENIZER: 'not-a-secret-name',
        COPY_OF_KEY_TOKEN: 'hf_abcdefgh',
      },
      ['config-key-from-yaml', undefined, 'tiny'],
    );
    expect(secrets).toEqual([
      'sk-test-0123456789abcdef',
      'config-key-from-yaml',
      'lowercase-key-123',
      'hf_abcdefgh',
    ]);
  });
});

describe('redactSecrets', () => {
  const secrets = collectSecrets({
    OPENAI_API_KEY: 'sk-live-AAAA.BBBB+CCCC',
    GITHUB_TOKEN: 'ghp_1234567890',
  });

  it('replaces every occurrence, regex characters included', () => {
    const text =
      'Authorization: Bearer sk-live-AAAA.BBBB+CCCC; again sk-live-AAAA.BBBB+CCCC and ghp_1234567890.';
    expect(redactSecrets(text, secrets)).toBe(
      `Authorization: Bearer ${REDACTED}; again ${REDACTED} and ${REDACTED}.`,
    );
    // The dot is literal: a near miss stays.
    expect(redactSecrets('sk-live-AAAAxBBBB+CCCC', secrets)).toBe('sk-live-AAAAxBBBB+CCCC');
  });

  it('leaves text alone when there are no secrets', () => {
    expect(redactSecrets('nothing to hide', [])).toBe('nothing to hide');
  });

  it('covers overlapping and nested secrets as a whole', () => {
    const overlapping = ['abcdefgh12345678', '12345678zyxwvuts'];
    expect(redactSecrets('x abcdefgh12345678zyxwvuts y', overlapping)).toBe(`x ${REDACTED} y`);
    const nested = ['key-0123456789', 'prefix-key-0123456789-suffix'];
    expect(redactSecrets('[prefix-key-0123456789-suffix] [key-0123456789]', nested)).toBe(
      `[${REDACTED}] [${REDACTED}]`,
    );
  });

  it('handles many secrets in one pass', () => {
    const many = Array.from({ length: 2000 }, (_, index) => `secret-value-${String(index).padStart(5, '0')}`);
    const text = many.filter((_, index) => index % 250 === 0).join(' | ');
    const redacted = redactSecrets(text, many);
    expect(redacted).not.toMatch(/secret-value/);
    expect(redacted.split(REDACTED)).toHaveLength(9);
  });
});

describe('redactDeep', () => {
  const secrets = ['sk-planted-secret-42'];

  it('removes a planted key from nested objects and arrays without touching the original', () => {
    const trace = {
      request: {
        headers: { authorization: 'Bearer sk-planted-secret-42' },
        url: 'https://api.example/v1?key=sk-planted-secret-42',
      },
      events: [{ kind: 'error', payload: { message: 'HTTP 401 for key sk-planted-secret-42', status: 401 } }],
      'sk-planted-secret-42': true,
      bytes: new Uint8Array([1, 2]),
      nothing: null,
    };
    const redacted = redactDeep(trace, secrets);
    expect(JSON.stringify(redacted)).not.toContain('sk-planted-secret-42');
    expect(redacted.request.headers.authorization).toBe(`Bearer ${REDACTED}`);
    expect(redacted.events[0]!.payload).toEqual({ message: `HTTP 401 for key ${REDACTED}`, status: 401 });
    expect(redacted.bytes).toBe(trace.bytes);
    expect(redacted.nothing).toBeNull();
    expect(trace.request.headers.authorization).toBe('Bearer sk-planted-secret-42');
  });

  it('redacts the message of an error inside a value', () => {
    const redacted = redactDeep({ error: new Error('bad key sk-planted-secret-42') }, secrets);
    expect(redacted.error).toMatchObject({ name: 'Error', message: `bad key ${REDACTED}` });
  });
});
