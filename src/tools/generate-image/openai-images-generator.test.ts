import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeServer, sendJson, startFakeServer } from '../test-support/fake-server.ts';
import { solidPng } from '../test-support/test-images.ts';
import { createImageGenerator } from './create-image-generator.ts';

let server: FakeServer;
let png: Buffer;
const KEY = 'sk-test-secret-key';

beforeAll(async () => {
  png = await solidPng(64, 64, [200, 30, 30]);
  server = await startFakeServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/v1/images/generations')
      return sendJson(response, 404, {});
    if (request.headers.authorization !== `Bearer ${KEY}`) {
      return sendJson(response, 401, {
        error: { message: `Incorrect API key provided: ${request.headers.authorization}` },
      });
    }
    const body = JSON.parse(request.body) as { model: string; prompt: string };
    if (body.model === 'broken-model')
      return sendJson(response, 500, { error: { message: 'the model crashed' } });
    if (body.model === 'html') {
      response.writeHead(200, { 'content-type': 'text/html' });
      return response.end('<html>proxy login</html>');
    }
    sendJson(response, 200, { created: 1_700_000_000, data: [{ b64_json: png.toString('base64') }] });
  });
});

afterAll(async () => {
  await server.close();
});

const env = (key = KEY) => ({ OPENAI_API_KEY: key, OPENAI_BASE_URL: `${server.url}/v1/` });
const lastBody = () => JSON.parse(server.requests.at(-1)!.body) as Record<string, unknown>;

describe('openai-images generator', () => {
  it('posts the documented request for a dall-e model and decodes b64_json', async () => {
    const generator = createImageGenerator('openai-images:dall-e-2', { env: env() });
    expect(generator.id).toBe('openai-images:dall-e-2');
    const image = await generator.generate({ prompt: 'red skirt', seed: 5, size: 500 });
    expect(lastBody()).toEqual({
      model: 'dall-e-2',
      prompt: 'red skirt',
      n: 1,
      size: '512x512',
      response_format: 'b64_json',
    });
    expect(server.requests.at(-1)!.headers['content-type']).toBe('application/json');
    expect(Buffer.from(image.bytes).equals(png)).toBe(true);
    expect(image).toMatchObject({ mediaType: 'image/png', width: 64, height: 64 });
    expect(image.parameters).toMatchObject({ model: 'dall-e-2', size: '512x512', seedHonoured: false });
  });

  it('does not send response_format to gpt-image models, which always answer base64', async () => {
    const generator = createImageGenerator('openai-images:gpt-image-1', { env: env() });
    await generator.generate({ prompt: 'navy coat', seed: 1, size: 512 });
    expect(lastBody()).toEqual({
      model: 'gpt-image-1',
      prompt: 'navy coat',
      n: 1,
      size: '1024x1024',
    });
  });

  it('turns error statuses into GENERATOR_FAILED with the status, never echoing the key', async () => {
    const wrongKey = createImageGenerator('openai-images:dall-e-3', { env: env('sk-wrong-key') });
    const failure = await wrongKey
      .generate({ prompt: 'x', seed: 1, size: 512 })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'GENERATOR_FAILED', message: expect.stringContaining('401') });
    expect((failure as Error).message).not.toContain('sk-wrong-key');
    expect((failure as { hint: string }).hint).toMatch(/API key/);
    await expect(
      createImageGenerator('openai-images:broken-model', { env: env() }).generate({
        prompt: 'x',
        seed: 1,
        size: 512,
      }),
    ).rejects.toMatchObject({
      code: 'GENERATOR_FAILED',
      message: expect.stringMatching(/500.*the model crashed/),
    });
    await expect(
      createImageGenerator('openai-images:html', { env: env() }).generate({
        prompt: 'x',
        seed: 1,
        size: 512,
      }),
    ).rejects.toMatchObject({
      code: 'GENERATOR_FAILED',
      message: expect.stringContaining('did not answer with JSON'),
    });
  });

  it('needs an API key before anything is sent', () => {
    expect(() => createImageGenerator('openai-images:dall-e-3', { env: {} })).toThrow(/OPENAI_API_KEY/);
  });
});
