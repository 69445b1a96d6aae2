import type { Message, Usage } from '../core/index.ts';
import type { ConversationImage } from '../tools/index.ts';

/** Why the loop stopped. */
export type StopReason = 'answered' | 'max-steps' | 'model-error' | 'interrupted';

/** One tool call as the loop ran it: what the model asked, what came back, how long it took. */
export interface ToolCallRecord {
  step: number;
  callId: string;
  name: string;
  /** The raw argument text the model wrote (kept even when it is not valid JSON). */
  arguments: string;
  ok: boolean;
  /** The text the model was shown: the tool's summary, or "error CODE: message". */
  resultText: string;
  errorCode?: string;
  images: ConversationImage[];
  data?: unknown;
  latencyMs: number;
}

export interface ModelCallRecord {
  step: number;
  content: string;
  toolCallCount: number;
  finishReason: string;
  usage: Usage;
  latencyMs: number;
  cached: boolean;
  attempts: number;
}

export interface AgentResult {
  traceId?: string;
  answer: string;
  stopReason: StopReason;
  /** Model calls made. */
  steps: number;
  messages: Message[];
  modelCalls: ModelCallRecord[];
  toolCalls: ToolCallRecord[];
  usage: Usage;
  latencyMs: number;
  /** Set when the stop reason is model-error or interrupted. */
  error?: { code: string; message: string };
}

/** What the loop reports while it runs (the CLI prints these; the web app streams them). */
export type AgentEvent =
  | { type: 'text'; step: number; delta: string }
  | { type: 'model-call'; record: ModelCallRecord }
  | { type: 'tool-start'; step: number; callId: string; name: string; arguments: string }
  | { type: 'tool-end'; record: ToolCallRecord };
