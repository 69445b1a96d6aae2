/**
 * The Server-Sent Events of POST /api/chat (src/server/chat-routes.ts), as the page reads them.
 * Shapes are kept to what the page uses; anything else a newer server sends is ignored.
 */

export type PixelBox = [number, number, number, number];

/** Where an image of the conversation came from (src/tools/tool.ts ImageOrigin). */
export type ImageOrigin =
  | { kind: 'upload'; path?: string }
  | { kind: 'catalog'; assetId: string }
  | { kind: 'crop'; source: string; box: PixelBox }
  | { kind: 'generated'; prompt: string; seed: number; backend: string };

/** An image as a tool card shows it; a crop carries its source so its box can be drawn on it. */
export interface ImageView {
  name: string;
  url: string;
  thumbnailUrl: string;
  width: number;
  height: number;
  origin: ImageOrigin;
  source?: { name: string; url: string; thumbnailUrl: string; width: number; height: number };
}

export interface StartEvent {
  model: string;
  label: string;
  kind: 'model' | 'baseline';
  tools: string[];
  images: ImageView[];
}

export interface TextEvent {
  step: number;
  delta: string;
}

export interface ToolStartEvent {
  step: number;
  callId: string;
  name: string;
  /** The raw argument text the model wrote, kept even when it is not JSON. */
  arguments: string;
}

export interface ToolEndEvent extends ToolStartEvent {
  ok: boolean;
  resultText: string;
  errorCode?: string;
  images: ImageView[];
  data: unknown;
  latencyMs: number;
}

export interface ModelCallEvent {
  step: number;
  /** The whole text of that step: replaces what was streamed, which a cached answer never sends. */
  content: string;
  toolCallCount: number;
  latencyMs: number;
  cached: boolean;
}

export type StopReason = 'answered' | 'max-steps' | 'model-error' | 'interrupted';

export interface DoneEvent {
  answer: string;
  stopReason: StopReason;
  traceId: string | null;
  steps: number;
  latencyMs: number;
  error?: { code: string; message: string };
}

export interface ErrorEvent {
  code: string;
  message: string;
  hint?: string;
}

export type ChatEvent =
  | { type: 'start'; data: StartEvent }
  | { type: 'text'; data: TextEvent }
  | { type: 'tool-start'; data: ToolStartEvent }
  | { type: 'tool-end'; data: ToolEndEvent }
  | { type: 'model-call'; data: ModelCallEvent }
  | { type: 'done'; data: DoneEvent }
  | { type: 'error'; data: ErrorEvent };

const KNOWN = new Set<string>(['start', 'text', 'tool-start', 'tool-end', 'model-call', 'done', 'error']);

/**
 * One SSE message as a typed chat event; undefined for an event name this page does not know or
 * data that is not a JSON object, so a newer server cannot break an older page.
 */
export function toChatEvent(name: string, data: string): ChatEvent | undefined {
  if (!KNOWN.has(name)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  return { type: name, data: parsed } as ChatEvent;
}
