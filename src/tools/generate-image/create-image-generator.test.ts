import { describe, expect, it } from 'vitest';
import { createImageGenerator } from './create-image-generator.ts';

describe('createImageGenerator', () => {
  it('makes the offline world renderer by default', () => {
    expect(createImageGenerator().id).toBe('world');
    expect(createImageGenerator('world').describe()).toContain('world renderer');
  });

  it('refuses specs it cannot read, listing the accepted forms', () => {
    for (const spec of [
      'dalle',
      'openai-images:',
      'comfyui:not a url',
      'automatic1111:ftp://host',
      'world:x',
    ]) {
      expect(() => createImageGenerator(spec, { env: {} })).toThrow(/image generator/);
    }
    try {
      createImageGenerator('midjourney:v6');
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', hint: expect.stringContaining('comfyui:URL') });
    }
  });
});
