import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeServer, sendJson, startFakeServer } from '../test-support/fake-server.ts';
import { solidPng } from '../test-support/test-images.ts';
import { createImageGenerator } from './create-image-generator.ts';

let server: FakeServer;
let png: Buffer;

beforeAll(async () => {
  png = await solidPng(48, 48, [10, 120, 10]);
  server = await startFakeServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/sdapi/v1/txt2img')
      return sendJson(response, 404, { detail: 'Not Found' });
    const body = JSON.parse(request.body) as { prompt: string; seed: number; sampler_name?: string };
    if (body.prompt === 'fail')
      return sendJson(response, 500, { error: 'RuntimeError', detail: 'CUDA out of memory' });
    sendJson(response, 200, {
      images: [png.toString('base64')],
      parameters: body,
      info: JSON.stringify({ seed: body.seed, sampler_name: body.sampler_name ?? 'Euler a' }),
    });
  });
});

afterAll(async () => {
  await server.close();
});

describe('automatic1111 generator', () => {
  it('posts the documented txt2img request and decodes the first image', async () => {
    const generator = createImageGenerator(`automatic1111:${server.url}/`, {
      steps: 12,
      sampler: 'DPM++ 2M',
    });
    expect(generator.id).toBe(`automatic1111:${server.url}`);
    const image = await generator.generate({ prompt: 'green dress', seed: 42, size: 510 });
    const sent = JSON.parse(server.requests.at(-1)!.body) as Record<string, unknown>;
    expect(sent).toMatchObject({
      prompt: 'green dress',
      seed: 42,
      width: 512,
      height: 512,
      steps: 12,
      sampler_name: 'DPM++ 2M',
    });
    expect(Buffer.from(image.bytes).equals(png)).toBe(true);
    expect(image).toMatchObject({ mediaType: 'image/png', width: 48, height: 48 });
    expect(image.parameters).toMatchObject({
      seed: 42,
      seedHonoured: true,
      sampler: 'DPM++ 2M',
      requestedSize: 510,
    });
  });

  it('leaves sampler_name out unless one is configured', async () => {
    await createImageGenerator(`automatic1111:${server.url}`).generate({
      prompt: 'coat',
      seed: 1,
      size: 512,
    });
    expect(JSON.parse(server.requests.at(-1)!.body)).not.toHaveProperty('sampler_name');
  });

  it('reports an error status as GENERATOR_FAILED with the server message', async () => {
    await expect(
      createImageGenerator(`automatic1111:${server.url}`).generate({ prompt: 'fail', seed: 1, size: 512 }),
    ).rejects.toMatchObject({
      code: 'GENERATOR_FAILED',
      message: expect.stringMatching(/500.*RuntimeError/),
    });
  });

  it('reports an unreachable server as GENERATOR_FAILED', async () => {
    const closed = await startFakeServer(() => undefined);
    await closed.close();
    await expect(
      createImageGenerator(`automatic1111:${closed.url}`).generate({ prompt: 'coat', seed: 1, size: 512 }),
    ).rejects.toMatchObject({
      code: 'GENERATOR_FAILED',
      message: expect.stringContaining('cannot reach AUTOMATIC1111'),
    });
  });
});
