import { randomBytes } from 'node:crypto';
import { AtelierError } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import type { ConversationImage } from '../tools/index.ts';
import type { AgentResult } from './agent-result.ts';
import type { StoredMessage } from './stored-messages.ts';

/** What a trace's opening request holds: enough to show it and to replay it. */
export interface TraceRequest {
  messages: StoredMessage[];
  tools: string[];
  /** The images the conversation could name when it started (uploads, catalog items). */
  images: ConversationImage[];
  maxSteps: number;
  boxFormat: string;
  /** Sampling settings the loop passed to every model call. */
  settings: Record<string, unknown>;
}

export interface TraceEvent {
  seq: number;
  step: number;
  kind: 'model' | 'tool';
  payload: Record<string, unknown>;
}

export interface TraceSummary {
  id: string;
  createdAt: string;
  model: string;
  modelKind: string;
  status: string;
  stopReason: string | null;
  steps: number;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  answer: string | null;
  error: string | null;
}

export interface Trace extends TraceSummary {
  request: TraceRequest;
  events: TraceEvent[];
}

/** Writes one trace as the loop runs: each event lands at once, so a crash keeps what happened. */
export interface TraceRecorder {
  readonly id: string;
  event(step: number, kind: 'model' | 'tool', payload: Record<string, unknown>): void;
  finish(result: AgentResult): void;
}

/** Sortable, readable ids: the creation time to the second plus random bits against collisions. */
function newTraceId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `tr-${stamp}-${randomBytes(3).toString('hex')}`;
}

export function startTrace(
  store: Store,
  model: { id: string; kind: string },
  request: TraceRequest,
  redact: <T>(value: T) => T,
): TraceRecorder {
  const now = new Date();
  const id = newTraceId(now);
  store.sqlite
    .prepare(
      `INSERT INTO traces (id, created_at, model, model_kind, status, request)
       VALUES (?, ?, ?, ?, 'running', ?)`,
    )
    .run(id, now.toISOString(), model.id, model.kind, JSON.stringify(redact(request)));
  const insertEvent = store.sqlite.prepare(
    'INSERT INTO trace_events (trace_id, seq, step, kind, payload) VALUES (?, ?, ?, ?, ?)',
  );
  let seq = 0;
  return {
    id,
    event(step, kind, payload) {
      seq += 1;
      insertEvent.run(id, seq, step, kind, JSON.stringify(redact(payload)));
    },
    finish(result) {
      store.sqlite
        .prepare(
          `UPDATE traces SET status = ?, stop_reason = ?, steps = ?, input_tokens = ?, output_tokens = ?,
             latency_ms = ?, answer = ?, error = ? WHERE id = ?`,
        )
        .run(
          result.stopReason === 'answered' || result.stopReason === 'max-steps' ? 'done' : 'failed',
          result.stopReason,
          result.steps,
          result.usage.inputTokens,
          result.usage.outputTokens,
          result.latencyMs,
          redact(result.answer),
          result.error ? redact(`${result.error.code}: ${result.error.message}`) : null,
          id,
        );
    },
  };
}

interface TraceRow {
  id: string;
  created_at: string;
  model: string;
  model_kind: string;
  status: string;
  stop_reason: string | null;
  steps: number;
  input_tokens: number;
  output_tokens: number;
  latency_ms: number;
  answer: string | null;
  error: string | null;
  request: string;
}

function summary(row: TraceRow): TraceSummary {
  return {
    id: row.id,
    createdAt: row.created_at,
    model: row.model,
    modelKind: row.model_kind,
    status: row.status,
    stopReason: row.stop_reason,
    steps: row.steps,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    latencyMs: row.latency_ms,
    answer: row.answer,
    error: row.error,
  };
}

export function listTraces(store: Store, options: { limit?: number } = {}): TraceSummary[] {
  const rows = store.sqlite
    .prepare<[number], TraceRow>('SELECT * FROM traces ORDER BY created_at DESC, id DESC LIMIT ?')
    .all(options.limit ?? 50);
  return rows.map(summary);
}

export function readTrace(store: Store, id: string): Trace {
  const row = store.sqlite.prepare<[string], TraceRow>('SELECT * FROM traces WHERE id = ?').get(id);
  if (!row) {
    const recent = listTraces(store, { limit: 3 }).map((trace) => trace.id);
    throw new AtelierError('NOT_FOUND', `no trace "${id}" in ${store.home}`, {
      hint: recent.length
        ? `Recent traces: ${recent.join(', ')}. "atelier traces" lists them all.`
        : 'No traces yet: "atelier chat" records one per conversation turn.',
    });
  }
  const events = store.sqlite
    .prepare<[string], { seq: number; step: number; kind: 'model' | 'tool'; payload: string }>(
      'SELECT seq, step, kind, payload FROM trace_events WHERE trace_id = ? ORDER BY seq',
    )
    .all(id)
    .map((event) => ({ ...event, payload: JSON.parse(event.payload) as Record<string, unknown> }));
  return { ...summary(row), request: JSON.parse(row.request) as TraceRequest, events };
}
