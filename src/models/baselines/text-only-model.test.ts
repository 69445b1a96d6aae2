import { describe, expect, it } from 'vitest';
import type { ChatCallOptions, ChatRequest, ChatResponse } from '../../core/index.ts';
import type { ChatModel } from '../chat-model.ts';
import { createTextOnlyModel } from './text-only-model.ts';

/** A model that records what it was sent, so the test sees exactly what the blind wrapper passed on. */
function recordingModel() {
  const received: { request: ChatRequest; options: ChatCallOptions | undefined }[] = [];
  let closed = 0;
  const reply: ChatResponse = {
    message: { role: 'assistant', content: 'B', toolCalls: [] },
    finishReason: 'stop',
    usage: { inputTokens: 12, outputTokens: 1 },
    latencyMs: 5,
    model: 'inner-model',
  };
  const model: ChatModel = {
    id: 'openai:gpt-4o',
    kind: 'model',
    label: 'gpt-4o',
    boxFormat: 'normalized-1000',
    async complete(request, options) {
      received.push({ request, options });
      return reply;
    },
    async close() {
      closed++;
    },
  };
  return { model, received, reply, closed: () => closed };
}

const pixel = new Uint8Array([137, 80, 78, 71]);

const request: ChatRequest = {
  messages: [
    { role: 'system', content: 'You are a stylist.' },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'What goes with this skirt?' },
        { type: 'image', mediaType: 'image/png', data: pixel, name: 'image-1' },
        { type: 'image-url', url: 'https://example.com/skirt.png' },
      ],
    },
    { role: 'assistant', content: '', toolCalls: [{ id: 'call-1', name: 'zoom', arguments: '{}' }] },
    {
      role: 'tool',
      toolCallId: 'call-1',
      toolName: 'zoom',
      content: [
        { type: 'text', text: 'Cropped image-1 into zoom-1.' },
        { type: 'image', mediaType: 'image/png', data: pixel, name: 'zoom-1' },
      ],
    },
  ],
  task: { options: ['A', 'B'], sampleId: 's-1' },
  temperature: 0,
};

describe('createTextOnlyModel', () => {
  it('is a blind baseline named after the model it wraps', () => {
    const { model } = recordingModel();
    const blind = createTextOnlyModel(model);
    expect(blind).toMatchObject({
      id: 'text-only:openai:gpt-4o',
      kind: 'baseline',
      label: 'text-only:openai:gpt-4o (blind baseline)',
      boxFormat: 'normalized-1000',
    });
  });

  it('replaces every image in user and tool messages with a note and keeps the rest', async () => {
    const inner = recordingModel();
    const signal = new AbortController().signal;
    const response = await createTextOnlyModel(inner.model).complete(request, { signal });
    expect(response).toBe(inner.reply);
    expect(inner.received).toHaveLength(1);
    const sent = inner.received[0]!;
    expect(sent.options?.signal).toBe(signal);
    expect(sent.request.task).toEqual(request.task);
    expect(sent.request.temperature).toBe(0);
    expect(sent.request.messages).toEqual([
      { role: 'system', content: 'You are a stylist.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What goes with this skirt?' },
          { type: 'text', text: '[image omitted: image-1]' },
          { type: 'text', text: '[image omitted]' },
        ],
      },
      { role: 'assistant', content: '', toolCalls: [{ id: 'call-1', name: 'zoom', arguments: '{}' }] },
      {
        role: 'tool',
        toolCallId: 'call-1',
        toolName: 'zoom',
        content: [
          { type: 'text', text: 'Cropped image-1 into zoom-1.' },
          { type: 'text', text: '[image omitted: zoom-1]' },
        ],
      },
    ]);
    // The caller's request is left as it was: the agent keeps the images for its trace.
    expect(request.messages[1]).toMatchObject({ content: [{}, { type: 'image' }, { type: 'image-url' }] });
  });

  it('closes the model it wraps', async () => {
    const inner = recordingModel();
    await createTextOnlyModel(inner.model).close?.();
    expect(inner.closed()).toBe(1);
  });
});
