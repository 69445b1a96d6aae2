import { describe, expect, it } from 'vitest';
import type { ChatEvent, DoneEvent, ToolEndEvent, ToolStartEvent } from './chat-events.ts';
import {
  type AssistantTurn,
  answerText,
  applyChatEvent,
  failTurn,
  historyOf,
  newAssistantTurn,
  stopTurn,
  type Turn,
  type UserTurn,
} from './chat-turn.ts';

const toolStart = (callId: string, step = 0): ToolStartEvent => ({
  step,
  callId,
  name: 'search_catalog',
  arguments: '{"text":"red"}',
});

const toolEnd = (callId: string, ok: boolean, step = 0): ToolEndEvent => ({
  ...toolStart(callId, step),
  ok,
  resultText: ok ? '3 items' : 'failed',
  ...(ok ? {} : { errorCode: 'TOOL_FAILED' }),
  images: [],
  data: null,
  latencyMs: 12,
});

const done = (overrides: Partial<DoneEvent> = {}): DoneEvent => ({
  answer: 'final',
  stopReason: 'answered',
  traceId: 't1',
  steps: 2,
  latencyMs: 900,
  ...overrides,
});

function play(events: readonly ChatEvent[], turn = newAssistantTurn('a1', 'qwen')): AssistantTurn {
  return events.reduce(applyChatEvent, turn);
}

const user = (text: string): UserTurn => ({ id: `u-${text}`, role: 'user', text, attachments: [] });

describe('applyChatEvent', () => {
  it('starts streaming with the requested model and learns the real one from start', () => {
    const turn = play([
      {
        type: 'start',
        data: { model: 'qwen-7b', label: 'Qwen 7B', kind: 'model', tools: ['zoom'], images: [] },
      },
    ]);
    expect(turn.state).toBe('streaming');
    expect(turn.requestedModel).toBe('qwen');
    // tools and images are not part of what the turn keeps of the model.
    expect(turn.model).toEqual({ model: 'qwen-7b', label: 'Qwen 7B', kind: 'model' });
  });

  it('appends text deltas of one step into one block, and a new step into a new block', () => {
    const turn = play([
      { type: 'text', data: { step: 0, delta: 'Hel' } },
      { type: 'text', data: { step: 0, delta: 'lo' } },
      { type: 'text', data: { step: 1, delta: 'Bye' } },
    ]);
    expect(turn.blocks).toEqual([
      { kind: 'text', step: 0, text: 'Hello' },
      { kind: 'text', step: 1, text: 'Bye' },
    ]);
  });

  it('makes no block for an empty delta', () => {
    expect(play([{ type: 'text', data: { step: 0, delta: '' } }]).blocks).toEqual([]);
  });

  it('lets model-call replace what was streamed for its step, or add it when nothing streamed', () => {
    const modelCall = (step: number, content: string): ChatEvent => ({
      type: 'model-call',
      data: { step, content, toolCallCount: 0, latencyMs: 5, cached: step === 1 },
    });
    const turn = play([
      { type: 'text', data: { step: 0, delta: 'partial answ' } },
      modelCall(0, 'the whole answer'),
      // A cached step streams nothing: its text arrives only here.
      modelCall(1, 'cached text'),
    ]);
    expect(turn.blocks).toEqual([
      { kind: 'text', step: 0, text: 'the whole answer' },
      { kind: 'text', step: 1, text: 'cached text' },
    ]);
  });

  it('shows a tool call as running, then done or failed in the same place', () => {
    const running = play([
      { type: 'text', data: { step: 0, delta: 'Let me look.' } },
      { type: 'tool-start', data: toolStart('c1') },
      { type: 'tool-start', data: toolStart('c2') },
    ]);
    expect(running.blocks.map((block) => (block.kind === 'tool' ? block.call.status : block.kind))).toEqual([
      'text',
      'running',
      'running',
    ]);

    // c2 ends first: each end lands on its own card, whatever the order.
    const ended = play(
      [
        { type: 'tool-end', data: toolEnd('c2', false) },
        { type: 'tool-end', data: toolEnd('c1', true) },
      ],
      running,
    );
    expect(ended.blocks).toEqual([
      { kind: 'text', step: 0, text: 'Let me look.' },
      { kind: 'tool', call: { start: toolEnd('c1', true), status: 'done', end: toolEnd('c1', true) } },
      { kind: 'tool', call: { start: toolEnd('c2', false), status: 'error', end: toolEnd('c2', false) } },
    ]);
  });

  it('adds a card for a tool end whose start never arrived', () => {
    const turn = play([{ type: 'tool-end', data: toolEnd('lost', true) }]);
    expect(turn.blocks).toEqual([
      { kind: 'tool', call: { start: toolEnd('lost', true), status: 'done', end: toolEnd('lost', true) } },
    ]);
  });

  it('does not change the turn it was given', () => {
    const before = play([{ type: 'text', data: { step: 0, delta: 'a' } }]);
    const snapshot = structuredClone(before);
    play(
      [
        { type: 'text', data: { step: 0, delta: 'b' } },
        { type: 'tool-start', data: toolStart('c1') },
        { type: 'tool-end', data: toolEnd('c1', true) },
        { type: 'done', data: done() },
      ],
      before,
    );
    expect(before).toEqual(snapshot);
  });

  it('ends done on an answered done event', () => {
    const turn = play([{ type: 'done', data: done() }]);
    expect(turn.state).toBe('done');
    expect(turn.done).toEqual(done());
    expect(turn.error).toBeUndefined();
  });

  it('turns a model error in done into an error with a hint for known codes', () => {
    const failed = play([
      {
        type: 'done',
        data: done({ stopReason: 'model-error', error: { code: 'MODEL_TIMEOUT', message: 'timed out' } }),
      },
    ]);
    expect(failed.state).toBe('error');
    expect(failed.error?.code).toBe('MODEL_TIMEOUT');
    expect(failed.error?.message).toBe('timed out');
    expect(failed.error?.hint).toMatch(/took too long/);

    const unknown = play([
      { type: 'done', data: done({ stopReason: 'model-error', error: { code: 'ODD', message: 'odd' } }) },
    ]);
    expect(unknown.state).toBe('error');
    expect(unknown.error).toEqual({ code: 'ODD', message: 'odd', hint: undefined });
  });

  it('stays done for a model-error stop that carries no error, and for max-steps', () => {
    expect(play([{ type: 'done', data: done({ stopReason: 'model-error' }) }]).state).toBe('done');
    expect(play([{ type: 'done', data: done({ stopReason: 'max-steps' }) }]).state).toBe('done');
  });

  it('keeps the API error of an error event, hint included', () => {
    const turn = play([
      { type: 'text', data: { step: 0, delta: 'so far' } },
      { type: 'error', data: { code: 'MODEL_UNKNOWN', message: 'no such model', hint: 'pick one' } },
    ]);
    expect(turn.state).toBe('error');
    expect(turn.error).toEqual({ code: 'MODEL_UNKNOWN', message: 'no such model', hint: 'pick one' });
    expect(turn.blocks).toEqual([{ kind: 'text', step: 0, text: 'so far' }]);
  });
});

describe('failTurn and stopTurn', () => {
  it('fails a turn with only the code, message and hint of the error', () => {
    const turn = failTurn(newAssistantTurn('a', undefined), {
      code: 'NETWORK',
      message: 'down',
      hint: 'restart',
    });
    expect(turn.state).toBe('error');
    expect(turn.error).toEqual({ code: 'NETWORK', message: 'down', hint: 'restart' });
  });

  it('stops a streaming turn without an error, and leaves a finished one alone', () => {
    const streaming = play([{ type: 'text', data: { step: 0, delta: 'half' } }]);
    const stopped = stopTurn(streaming);
    expect(stopped).toMatchObject({ state: 'done', stopped: true });
    expect(stopped.error).toBeUndefined();
    expect(stopped.blocks).toEqual(streaming.blocks);

    const finished = play([{ type: 'done', data: done() }]);
    expect(stopTurn(finished)).toBe(finished);
    const failed = failTurn(streaming, { code: 'X', message: 'x' });
    expect(stopTurn(failed)).toBe(failed);
  });
});

describe('answerText', () => {
  it('is the text after the last tool call, steps joined by a blank line', () => {
    const turn = play([
      { type: 'text', data: { step: 0, delta: 'Searching.' } },
      { type: 'tool-start', data: toolStart('c1') },
      { type: 'text', data: { step: 1, delta: 'Found it.' } },
      { type: 'text', data: { step: 2, delta: 'Red dress.' } },
    ]);
    expect(answerText(turn)).toBe('Found it.\n\nRed dress.');
  });

  it('is all the text when no tool ran, and empty when a tool ran last', () => {
    expect(answerText(play([{ type: 'text', data: { step: 0, delta: 'Hi' } }]))).toBe('Hi');
    expect(
      answerText(
        play([
          { type: 'text', data: { step: 0, delta: 'Hi' } },
          { type: 'tool-start', data: toolStart('c1') },
        ]),
      ),
    ).toBe('');
  });
});

describe('historyOf', () => {
  it('uses the done answer, else the streamed answer, and leaves out empty turns', () => {
    const answered = play([
      { type: 'text', data: { step: 0, delta: 'streamed' } },
      { type: 'done', data: done({ answer: 'from done' }) },
    ]);
    const stoppedEarly = stopTurn(play([{ type: 'text', data: { step: 0, delta: 'partial' } }]));
    const failedEmpty = failTurn(newAssistantTurn('x', undefined), { code: 'E', message: 'e' });
    const turns: Turn[] = [user('q1'), answered, user('q2'), stoppedEarly, user('  '), failedEmpty];
    expect(historyOf(turns)).toEqual([
      { role: 'user', text: 'q1' },
      { role: 'assistant', text: 'from done' },
      { role: 'user', text: 'q2' },
      { role: 'assistant', text: 'partial' },
    ]);
  });

  it('keeps the newest 40 turns, each cut to 20,000 characters', () => {
    const turns: Turn[] = Array.from({ length: 45 }, (_, index) => user(`m${index}`));
    const history = historyOf(turns);
    // 45 turns, newest 40 kept: m5 … m44.
    expect(history).toHaveLength(40);
    expect(history[0]?.text).toBe('m5');
    expect(history[39]?.text).toBe('m44');

    const long = historyOf([user('x'.repeat(20_001))]);
    expect(long[0]?.text).toHaveLength(20_000);
  });
});
