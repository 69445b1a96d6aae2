import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeServer, sendJson, startFakeServer } from '../test-support/fake-server.ts';
import { solidPng } from '../test-support/test-images.ts';
import { createImageGenerator } from './create-image-generator.ts';

type Node = { class_type: string; inputs: Record<string, unknown> };

const scratch = mkdtempSync(join(tmpdir(), 'atelier-comfyui-'));
let server: FakeServer;
let png: Buffer;
/** Polls each job needs before its outputs appear, as a running job would. */
const POLLS_BEFORE_DONE = 2;
const polls = new Map<string, number>();
const jobs = new Map<string, Record<string, Node>>();

beforeAll(async () => {
  png = await solidPng(32, 32, [0, 0, 200]);
  server = await startFakeServer((request, response) => {
    const url = new URL(request.url, 'http://fake');
    if (request.method === 'POST' && url.pathname === '/prompt') {
      const body = JSON.parse(request.body) as { prompt: Record<string, Node>; client_id: string };
      if (typeof body.client_id !== 'string' || body.client_id === '')
        return sendJson(response, 400, { error: 'no client_id' });
      const id = `job-${jobs.size + 1}`;
      jobs.set(id, body.prompt);
      return sendJson(response, 200, { prompt_id: id, number: jobs.size, node_errors: {} });
    }
    const history = /^\/history\/(.+)$/.exec(url.pathname);
    if (request.method === 'GET' && history) {
      const id = history[1]!;
      const count = (polls.get(id) ?? 0) + 1;
      polls.set(id, count);
      const job = jobs.get(id);
      const text =
        job && Object.values(job).find((node) => node.class_type === 'CLIPTextEncode')?.inputs.text;
      if (!job || count <= POLLS_BEFORE_DONE || text === 'never') return sendJson(response, 200, {});
      if (text === 'explode') {
        return sendJson(response, 200, {
          [id]: {
            outputs: {},
            status: {
              status_str: 'error',
              completed: false,
              messages: [
                [
                  'execution_error',
                  { node_type: 'CheckpointLoaderSimple', exception_message: 'ckpt not found' },
                ],
              ],
            },
          },
        });
      }
      return sendJson(response, 200, {
        [id]: {
          prompt: [1, id, job, {}, ['9']],
          outputs: {
            '9': { images: [{ filename: `atelier_${id}.png`, subfolder: 'runs', type: 'output' }] },
          },
          status: { status_str: 'success', completed: true, messages: [] },
        },
      });
    }
    if (request.method === 'GET' && url.pathname === '/view') {
      if (url.searchParams.get('subfolder') !== 'runs' || url.searchParams.get('type') !== 'output') {
        return sendJson(response, 404, {});
      }
      response.writeHead(200, { 'content-type': 'image/png' });
      return response.end(png);
    }
    sendJson(response, 404, {});
  });
});

afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

const options = { pollIntervalMs: 5, timeoutMs: 10_000, checkpoint: 'sdxl.safetensors', steps: 8 };

describe('comfyui generator', () => {
  it('queues the built-in workflow, polls the history, and fetches the image from /view', async () => {
    const generator = createImageGenerator(`comfyui:${server.url}`, options);
    const image = await generator.generate({ prompt: 'red skirt', seed: 1234, size: 768 });
    expect(Buffer.from(image.bytes).equals(png)).toBe(true);
    expect(image).toMatchObject({ mediaType: 'image/png', width: 32, height: 32 });
    const id = image.parameters.promptId as string;
    expect(polls.get(id)).toBe(POLLS_BEFORE_DONE + 1);
    const workflow = jobs.get(id)!;
    const byType = (type: string) => Object.values(workflow).filter((node) => node.class_type === type);
    expect(byType('CheckpointLoaderSimple')[0]!.inputs.ckpt_name).toBe('sdxl.safetensors');
    expect(byType('CLIPTextEncode').map((node) => node.inputs.text)).toEqual(['red skirt', '']);
    expect(byType('EmptyLatentImage')[0]!.inputs).toMatchObject({ width: 768, height: 768, batch_size: 1 });
    expect(byType('KSampler')[0]!.inputs).toMatchObject({ seed: 1234, steps: 8 });
    expect(byType('VAEDecode')).toHaveLength(1);
    expect(byType('SaveImage')).toHaveLength(1);
    const view = server.requests.filter((request) => request.url.startsWith('/view')).at(-1)!;
    expect(view.url).toBe(`/view?filename=atelier_${id}.png&subfolder=runs&type=output`);
  });

  it('runs a user workflow with its placeholders filled in', async () => {
    const path = join(scratch, 'workflow.json');
    writeFileSync(
      path,
      JSON.stringify({
        '1': { class_type: 'MyLoader', inputs: { name: 'flux.safetensors' } },
        '2': { class_type: 'CLIPTextEncode', inputs: { text: 'fashion photo, {{prompt}}', clip: ['1', 1] } },
        '3': {
          class_type: 'MySampler',
          inputs: { seed: '{{seed}}', width: '{{width}}', height: '{{height}}' },
        },
        '4': { class_type: 'SaveImage', inputs: { images: ['3', 0] } },
      }),
    );
    const generator = createImageGenerator(`comfyui:${server.url}#${path}`, options);
    const image = await generator.generate({ prompt: 'navy coat', seed: 9, size: 512 });
    const workflow = jobs.get(image.parameters.promptId as string)!;
    expect(workflow['2']!.inputs.text).toBe('fashion photo, navy coat');
    expect(workflow['3']!.inputs).toEqual({ seed: 9, width: 512, height: 512 });
    expect(workflow['1']!.inputs.name).toBe('flux.safetensors');
  });

  it('refuses a workflow file without a {{prompt}} or in the UI format', () => {
    const plain = join(scratch, 'plain.json');
    writeFileSync(plain, JSON.stringify({ '1': { class_type: 'X', inputs: {} } }));
    expect(() => createImageGenerator(`comfyui:${server.url}#${plain}`)).toThrow(
      /no \{\{prompt\}\} placeholder/,
    );
    const ui = join(scratch, 'ui.json');
    writeFileSync(ui, JSON.stringify({ nodes: [], links: [] }));
    expect(() => createImageGenerator(`comfyui:${server.url}#${ui}`)).toThrow(/not the API format/);
  });

  it('reports a failed job with ComfyUI’s message', async () => {
    await expect(
      createImageGenerator(`comfyui:${server.url}`, options).generate({
        prompt: 'explode',
        seed: 1,
        size: 512,
      }),
    ).rejects.toMatchObject({ code: 'GENERATOR_FAILED', message: expect.stringContaining('ckpt not found') });
  });

  it('gives up when the job does not finish in time', async () => {
    const generator = createImageGenerator(`comfyui:${server.url}`, { pollIntervalMs: 20, timeoutMs: 300 });
    await expect(generator.generate({ prompt: 'never', seed: 1, size: 512 })).rejects.toMatchObject({
      code: 'GENERATOR_FAILED',
      message: expect.stringContaining('did not finish'),
    });
  });

  it('reports an error status from the queue as GENERATOR_FAILED', async () => {
    await expect(
      createImageGenerator(`comfyui:${server.url}/missing`, options).generate({
        prompt: 'x',
        seed: 1,
        size: 512,
      }),
    ).rejects.toMatchObject({ code: 'GENERATOR_FAILED', message: expect.stringContaining('404') });
  });
});
