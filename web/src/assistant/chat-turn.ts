import type { ApiError } from '../api/api-error.ts';
import type { Attachment } from './attachments.ts';
import type { ChatEvent, DoneEvent, StartEvent, ToolEndEvent, ToolStartEvent } from './chat-events.ts';

export interface UserTurn {
  id: string;
  role: 'user';
  text: string;
  attachments: Attachment[];
}

export type ToolStatus = 'running' | 'done' | 'error';

export interface ToolCallView {
  start: ToolStartEvent;
  status: ToolStatus;
  end?: ToolEndEvent;
}

/** What the assistant said, in the order it happened: text of a step, then the tool calls it made. */
export type TurnBlock = { kind: 'text'; step: number; text: string } | { kind: 'tool'; call: ToolCallView };

export interface TurnError {
  code: string;
  message: string;
  hint?: string | undefined;
}

export interface AssistantTurn {
  id: string;
  role: 'assistant';
  state: 'streaming' | 'done' | 'error';
  /** The model the request named, until `start` says which model answered. */
  requestedModel: string | undefined;
  model?: Pick<StartEvent, 'model' | 'label' | 'kind'>;
  blocks: TurnBlock[];
  done?: DoneEvent;
  error?: TurnError;
  /** The user pressed Stop. */
  stopped?: boolean;
}

export type Turn = UserTurn | AssistantTurn;

export function newAssistantTurn(id: string, requestedModel: string | undefined): AssistantTurn {
  return { id, role: 'assistant', state: 'streaming', requestedModel, blocks: [] };
}

/** Hints for model failures, which reach the page as a code and message only (the agent keeps no hint). */
const MODEL_ERROR_HINTS: Record<string, string> = {
  MODEL_TIMEOUT:
    'The model server took too long. Try again, or ask for less (fewer images, a shorter question).',
  MODEL_RATE_LIMITED: 'The model server is rate-limiting requests. Wait a moment and send again.',
  MODEL_REQUEST_FAILED: 'The model server refused the request. Check the server log, or pick another model.',
  REMOTE_UNREACHABLE:
    'The model server cannot be reached. Is it running at the address "atelier serve --model" names?',
  MODEL_RESPONSE_INVALID:
    'The model server answered something that is not a chat completion. Check its version and settings.',
  API_KEY_MISSING: 'Set the API key in atelier.config.yaml or the environment and restart "atelier serve".',
};

function withStepText(
  blocks: TurnBlock[],
  step: number,
  text: string,
  mode: 'append' | 'replace',
): TurnBlock[] {
  const index = blocks.findLastIndex((block) => block.kind === 'text' && block.step === step);
  if (index < 0) return text === '' ? blocks : [...blocks, { kind: 'text', step, text }];
  const block = blocks[index] as Extract<TurnBlock, { kind: 'text' }>;
  const next = [...blocks];
  next[index] = { ...block, text: mode === 'append' ? block.text + text : text };
  return next;
}

function withToolEnd(blocks: TurnBlock[], end: ToolEndEvent): TurnBlock[] {
  const call: ToolCallView = { start: end, status: end.ok ? 'done' : 'error', end };
  const index = blocks.findIndex((block) => block.kind === 'tool' && block.call.start.callId === end.callId);
  if (index < 0) return [...blocks, { kind: 'tool', call }];
  const next = [...blocks];
  next[index] = { kind: 'tool', call };
  return next;
}

/** The turn after one streamed event; a pure function so the page can keep turns in React state. */
export function applyChatEvent(turn: AssistantTurn, event: ChatEvent): AssistantTurn {
  switch (event.type) {
    case 'start': {
      const { model, label, kind } = event.data;
      return { ...turn, model: { model, label, kind } };
    }
    case 'text':
      return { ...turn, blocks: withStepText(turn.blocks, event.data.step, event.data.delta, 'append') };
    case 'model-call':
      return { ...turn, blocks: withStepText(turn.blocks, event.data.step, event.data.content, 'replace') };
    case 'tool-start':
      return {
        ...turn,
        blocks: [...turn.blocks, { kind: 'tool', call: { start: event.data, status: 'running' } }],
      };
    case 'tool-end':
      return { ...turn, blocks: withToolEnd(turn.blocks, event.data) };
    case 'done': {
      const { error, stopReason } = event.data;
      const failed = stopReason === 'model-error' && error !== undefined;
      return {
        ...turn,
        state: failed ? 'error' : 'done',
        done: event.data,
        ...(failed ? { error: { ...error, hint: MODEL_ERROR_HINTS[error.code] } } : {}),
      };
    }
    case 'error':
      return { ...turn, state: 'error', error: event.data };
  }
}

export function failTurn(turn: AssistantTurn, error: ApiError | TurnError): AssistantTurn {
  return { ...turn, state: 'error', error: { code: error.code, message: error.message, hint: error.hint } };
}

/** Stop pressed: what arrived stays, and the turn ends without an error. */
export function stopTurn(turn: AssistantTurn): AssistantTurn {
  return turn.state === 'streaming' ? { ...turn, state: 'done', stopped: true } : turn;
}

/**
 * The answer is the text after the last tool call; text before a tool call is the model saying what
 * it is about to do, shown between the cards.
 */
export function answerText(turn: AssistantTurn): string {
  const lastTool = turn.blocks.findLastIndex((block) => block.kind === 'tool');
  return turn.blocks
    .slice(lastTool + 1)
    .flatMap((block) => (block.kind === 'text' ? [block.text] : []))
    .join('\n\n');
}

const MAX_HISTORY_TURNS = 40;
const MAX_TURN_CHARS = 20_000;

/**
 * The earlier turns as the server takes them (text only, bounded like chatRequestSchema): the
 * newest 40, each cut to 20,000 characters; empty answers (an error, a stop) are left out.
 */
export function historyOf(turns: readonly Turn[]): { role: 'user' | 'assistant'; text: string }[] {
  const history = turns.flatMap((turn) => {
    const text = turn.role === 'user' ? turn.text : turn.done?.answer || answerText(turn);
    return text.trim() === '' ? [] : [{ role: turn.role, text: text.slice(0, MAX_TURN_CHARS) }];
  });
  return history.slice(-MAX_HISTORY_TURNS);
}
