import { describe, expect, it } from 'vitest';
import { parseEmbedderSpec, safeParseEmbedderSpec } from './embedder-spec.ts';

describe('parseEmbedderSpec', () => {
  it('reads the three kinds', () => {
    expect(parseEmbedderSpec('classic')).toEqual({ kind: 'classic' });
    expect(parseEmbedderSpec(' clip:Xenova/clip-vit-base-patch32 ')).toEqual({
      kind: 'clip',
      model: 'Xenova/clip-vit-base-patch32',
    });
    expect(parseEmbedderSpec('clip:./models/siglip')).toEqual({ kind: 'clip', model: './models/siglip' });
    expect(parseEmbedderSpec('remote:http://localhost:8000/v1#BAAI/bge-m3')).toEqual({
      kind: 'remote',
      url: 'http://localhost:8000/v1',
      model: 'BAAI/bge-m3',
    });
  });

  it.each([
    ['', 'the spec is empty'],
    ['clip', 'needs a model id or folder'],
    ['clip:', 'needs a model id or folder'],
    ['classic:fast', 'takes no argument'],
    ['openai:text-embedding-3-small', 'unknown embedder kind "openai"'],
    ['remote:http://localhost:8000/v1', 'needs a model name after `#`'],
    ['remote:http://localhost:8000/v1#', 'model name after `#` is empty'],
    ['remote:localhost:8000#m', 'must be http or https'],
    ['remote:not a url#m', 'is not a URL'],
  ])('refuses %j with a message saying why', (spec, reason) => {
    const result = safeParseEmbedderSpec(spec);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('EMBEDDER_SPEC_INVALID');
    expect(result.error.message).toContain(reason);
    expect(result.error.hint).toBeTruthy();
  });

  it('refuses credentials in a remote URL without repeating them', () => {
    const result = safeParseEmbedderSpec('remote:https://user:hunter2@embed.example.com/v1#m');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.message).toContain('embed.example.com');
    expect(JSON.stringify(result.error.toJSON())).not.toContain('hunter2');
    expect(result.error.hint).toContain('ATELIER_EMBED_API_KEY');
  });
});
