import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  type ChatRequestBody,
  chatRequestSchema,
  estimatePromptTokens,
  estimateTokens,
  lastUserText,
} from './chat-request.ts';
import { completionBody, errorBody, type MockAnswer, streamEvents } from './chat-wire.ts';
import { formatIssuePath, type MockRespond, type MockScript } from './mock-script.ts';
import { readJsonBody } from './read-json-body.ts';
import { type RecordedRequest, RequestLog, withoutSecrets } from './request-log.ts';
import { ScriptCursor } from './script-cursor.ts';

export interface MockAppOptions {
  /** How many recent requests the log keeps (default 1,000); `requestCount()` counts them all. */
  logLimit?: number;
}

export interface MockApp {
  app: Hono;
  /** The recorded requests, oldest first (at most `logLimit`). */
  requests(): RecordedRequest[];
  /** Every request since the start or the last reset, including those the log no longer keeps. */
  requestCount(): number;
  /** Back to the first step, with an empty log and call ids counting from call_1 again. */
  reset(): void;
  /** Ends every pending delay, hang and slow stream, so that a closing server has nothing left. */
  dispose(): void;
}

const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
};

/**
 * "Bad request", not 409 or 5xx: the `openai` client retries 408, 409, 429 and every 5xx, and a
 * script that ran out should fail the test at once rather than after a round of retries.
 */
const EXHAUSTED_STATUS = 400;

function modelNames(script: MockScript): string[] {
  if (script.models && script.models.length > 0) return script.models;
  const named = new Set<string>();
  for (const step of script.steps) if (step.match?.model !== undefined) named.add(step.match.model);
  return named.size > 0 ? [...named] : ['mock'];
}

/** The mock OpenAI-compatible server's routes, without a listening socket (see startMockServer). */
export function createMockApp(script: MockScript, options: MockAppOptions = {}): MockApp {
  const cursor = new ScriptCursor(script);
  const log = new RequestLog(options.logLimit ?? 1000);
  const pending = new Set<() => void>();
  let completions = 0;
  let toolCallIds = 0;

  /** Resolves true after `milliseconds` (never, when undefined), false if the client left first. */
  const wait = (milliseconds: number | undefined, signal: AbortSignal) =>
    new Promise<boolean>((resolve) => {
      if (signal.aborted) return resolve(false);
      let timer: NodeJS.Timeout | undefined;
      const finish = (completed: boolean) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        pending.delete(onAbort);
        resolve(completed);
      };
      const onAbort = () => finish(false);
      signal.addEventListener('abort', onAbort, { once: true });
      pending.add(onAbort);
      if (milliseconds !== undefined) timer = setTimeout(() => finish(true), milliseconds);
    });

  const record = (context: Context, body: unknown, answeredBy?: RecordedRequest['answeredBy']) =>
    log.add({
      method: context.req.method,
      path: context.req.path,
      body,
      headers: withoutSecrets(context.req.header()),
      ...(answeredBy === undefined ? {} : { answeredBy }),
    });

  const slowStream = (events: string[], delayMs: number): ReadableStream<Uint8Array> => {
    const encoder = new TextEncoder();
    let timer: NodeJS.Timeout | undefined;
    const stop = () => clearTimeout(timer);
    return new ReadableStream<Uint8Array>({
      start(controller) {
        pending.add(stop);
        let index = 0;
        const push = () => {
          controller.enqueue(encoder.encode(events[index] ?? ''));
          index += 1;
          if (index < events.length) timer = setTimeout(push, delayMs);
          else {
            pending.delete(stop);
            controller.close();
          }
        };
        push();
      },
      cancel() {
        stop();
        pending.delete(stop);
      },
    });
  };

  const answer = async (context: Context, respond: MockRespond, body: ChatRequestBody): Promise<Response> => {
    // Read only when the answer waits: under @hono/node-server the signal makes it build a whole web
    // Request, which an answer sent at once does not need.
    const signal = () => context.req.raw.signal;
    // The client is gone by the time a delay or hang ends early; what is sent then goes nowhere.
    const gone = () => new Response(null, { status: 499 });
    if (respond.delayMs !== undefined && respond.delayMs > 0 && !(await wait(respond.delayMs, signal()))) {
      return gone();
    }
    if (respond.hang) {
      await wait(undefined, signal());
      return gone();
    }
    if (respond.error) {
      const { status, message, type, code } = respond.error;
      return context.json(
        errorBody(status, message, { ...(type ? { type } : {}), ...(code ? { code } : {}) }),
        status as ContentfulStatusCode,
      );
    }
    if (respond.rateLimit) {
      const { retryAfterSeconds, message } = respond.rateLimit;
      return context.json(
        errorBody(429, message ?? 'Rate limit reached (mock script).', {
          type: 'requests',
          code: 'rate_limit_exceeded',
        }),
        429,
        { 'retry-after': String(retryAfterSeconds) },
      );
    }

    const text = respond.echo ? lastUserText(body) : (respond.text ?? null);
    const toolCalls = (respond.toolCalls ?? []).map((call) => {
      if (call.id === undefined) toolCallIds += 1;
      return { id: call.id ?? `call_${toolCallIds}`, name: call.name, arguments: call.arguments };
    });
    let completionText = text ?? '';
    for (const call of toolCalls) completionText += call.name + call.arguments;
    const promptTokens = respond.usage?.prompt_tokens ?? estimatePromptTokens(body);
    const completionTokens = respond.usage?.completion_tokens ?? estimateTokens(completionText);
    completions += 1;
    const reply: MockAnswer = {
      id: `chatcmpl-mock-${completions}`,
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      text,
      toolCalls,
      finishReason: respond.finishReason ?? (toolCalls.length > 0 ? 'tool_calls' : 'stop'),
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
      },
    };
    if (!body.stream) return context.json(completionBody(reply));
    const events = streamEvents(reply, {
      includeUsage: body.stream_options?.include_usage === true,
      ...(respond.chunks === undefined ? {} : { textPieces: respond.chunks }),
    });
    const streamed =
      respond.chunkDelayMs === undefined || respond.chunkDelayMs === 0
        ? events.join('')
        : slowStream(events, respond.chunkDelayMs);
    // A fresh object each time: @hono/node-server writes content-length into the one it is given.
    return new Response(streamed, { headers: { ...SSE_HEADERS } });
  };

  const reset = () => {
    cursor.reset();
    log.clear();
    completions = 0;
    toolCallIds = 0;
  };

  const app = new Hono();

  app.post('/v1/chat/completions', async (context) => {
    let raw: unknown;
    try {
      raw = await readJsonBody(context);
    } catch {
      record(context, null);
      return context.json(errorBody(400, 'the request body is not valid JSON'), 400);
    }
    const parsed = chatRequestSchema.safeParse(raw);
    if (!parsed.success) {
      record(context, raw);
      const issue = parsed.error.issues[0];
      const where = issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : 'invalid';
      return context.json(errorBody(400, `invalid chat.completions request: ${where}`), 400);
    }
    const choice = cursor.next(parsed.data);
    const recorded = record(
      context,
      raw,
      choice.kind === 'step' ? choice.index : choice.kind === 'default' ? 'default' : 'exhausted',
    );
    if (choice.kind === 'exhausted') {
      return context.json(
        errorBody(
          EXHAUSTED_STATUS,
          `mock script exhausted: no step is left that matches request ${recorded.sequence} ` +
            `(model "${parsed.data.model}", last message from ${parsed.data.messages.at(-1)?.role}) ` +
            'and the script has no default',
          { code: 'mock_script_exhausted' },
        ),
        EXHAUSTED_STATUS,
      );
    }
    return answer(context, choice.respond, parsed.data);
  });

  app.get('/v1/models', (context) => {
    record(context, null);
    return context.json({
      object: 'list',
      data: modelNames(script).map((id) => ({ id, object: 'model', created: 0, owned_by: 'atelier-mock' })),
    });
  });

  app.get('/_mock/requests', (context) => context.json({ total: log.total, requests: log.list() }));

  app.post('/_mock/reset', (context) => {
    reset();
    return context.json({ ok: true });
  });

  app.notFound((context) => {
    record(context, null);
    return context.json(
      errorBody(
        404,
        `the mock serves POST /v1/chat/completions and GET /v1/models, not ${context.req.method} ${context.req.path}`,
      ),
      404,
    );
  });

  return {
    app,
    requests: () => log.list(),
    requestCount: () => log.total,
    reset,
    dispose: () => {
      for (const cancel of [...pending]) cancel();
      pending.clear();
    },
  };
}
