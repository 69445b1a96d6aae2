import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AtelierError } from '../core/index.ts';
import { createConversationImages } from './conversation-images.ts';
import { runToolCall } from './run-tool-call.ts';
import type { Tool, ToolCallContext } from './tool.ts';

const echo: Tool<{ word: string; times: number }> = {
  name: 'echo',
  description: 'repeats a word',
  inputSchema: z.object({ word: z.string().min(1), times: z.number().int().min(1).max(3).default(1) }),
  execute: async (input) => ({ text: Array(input.times).fill(input.word).join(' '), images: [] }),
};

const broken: Tool<Record<string, never>> = {
  name: 'broken',
  description: 'always fails',
  inputSchema: z.object({}),
  execute: async () => {
    throw new AtelierError('NOT_FOUND', 'the thing is gone', { hint: 'Try another thing.' });
  },
};

const crashing: Tool<Record<string, never>> = {
  name: 'crashing',
  description: 'has a bug',
  inputSchema: z.object({}),
  execute: async () => {
    throw new TypeError('cannot read properties of undefined');
  },
};

const tools = [echo, broken, crashing] as Tool[];
const context = (): ToolCallContext => ({ images: createConversationImages(), boxFormat: 'pixels' });
const call = (name: string, args: string) =>
  runToolCall(tools, { id: 'call-1', name, arguments: args }, context());

describe('runToolCall', () => {
  it('runs a tool with parsed arguments, defaults applied', async () => {
    expect(await call('echo', '{"word": "hi", "times": 2}')).toEqual({
      ok: true,
      result: { text: 'hi hi', images: [] },
    });
    expect(await call('echo', '{"word": "hi"}')).toMatchObject({ ok: true, result: { text: 'hi' } });
  });

  it('treats empty arguments as an empty object', async () => {
    expect(await call('broken', '')).toMatchObject({ ok: false, error: { code: 'TOOL_FAILED' } });
  });

  it('names the available tools when the tool is unknown', async () => {
    const outcome = await call('serch', '{}');
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'TOOL_UNKNOWN', message: expect.stringContaining('echo, broken, crashing') },
    });
  });

  it('quotes arguments that are not JSON and says what was expected', async () => {
    const outcome = await call('echo', "{word: 'hi'");
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('TOOL_ARGUMENTS_INVALID');
    expect(outcome.error.message).toContain("{word: 'hi'");
    expect(outcome.error.message).toContain('one JSON object with the fields word, times');
  });

  it('lists schema failures by path', async () => {
    const outcome = await call('echo', '{"word": "", "times": 9}');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('TOOL_ARGUMENTS_INVALID');
    expect(outcome.error.message).toMatch(/word: .*\btimes: /);
  });

  it('reports a tool that throws, with its message and hint, instead of crashing', async () => {
    expect(await call('broken', '{}')).toEqual({
      ok: false,
      error: { code: 'TOOL_FAILED', message: 'broken failed: the thing is gone. Try another thing.' },
    });
    expect(await call('crashing', '{}')).toEqual({
      ok: false,
      error: { code: 'TOOL_FAILED', message: 'crashing failed: cannot read properties of undefined' },
    });
  });
});
