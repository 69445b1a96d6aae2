import { afterEach, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from './start-mock-server.ts';

describe('the mock server reads request bodies from the socket', () => {
  let server: MockServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const post = (body: string) =>
    fetch(`${server!.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });

  it('parses a large body that arrives in many chunks and records it as sent', async () => {
    server = await startMockServer({ script: { default: { echo: true } } });
    const image = `data:image/png;base64,${'A'.repeat(300_000)}`;
    const request = {
      model: 'mock',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'image_url', image_url: { url: image } },
            { type: 'text', text: 'Which colour — navy or ivory?' },
          ],
        },
      ],
    };
    const response = await post(JSON.stringify(request));
    expect(response.status).toBe(200);
    const completion = (await response.json()) as { choices: { message: { content: string } }[] };
    expect(completion.choices[0]?.message.content).toBe('Which colour — navy or ivory?');
    expect(server.requests()[0]?.body).toEqual(request);
  });

  it('answers 400 to a body that is not JSON, and keeps serving on the same server', async () => {
    server = await startMockServer({ script: { default: { text: 'A' } } });
    const broken = await post('{"model": "mock", "messages": [');
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain('not valid JSON');
    const empty = await post('');
    expect(empty.status).toBe(400);
    const good = await post(JSON.stringify({ model: 'mock', messages: [{ role: 'user', content: 'Hi' }] }));
    expect(good.status).toBe(200);
    expect(server.requestCount()).toBe(3);
  });
});
