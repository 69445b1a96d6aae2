import { z } from 'zod';
import { AtelierError } from '../../core/index.ts';

/**
 * The script a mock OpenAI-compatible server plays: an ordered list of steps, each answering the
 * requests its `match` accepts, `times` times. Tests, the demo and the throughput benchmark script a
 * model's behaviour (answers, tool calls, malformed arguments, errors, 429s, hangs) with it.
 */

const matchSchema = z.strictObject({
  /** The request's `model` equals this. */
  model: z.string().min(1).optional(),
  /** The text of the last user message contains this. */
  lastUserContains: z.string().optional(),
  /** The role of the request's last message. */
  lastRole: z.enum(['user', 'tool']).optional(),
  /** Whether any message of the request carries an image. */
  hasImages: z.boolean().optional(),
  /**
   * The tool results that answer the last assistant turn include one for this tool. Not only the
   * last message: clients that move a tool's images into a following user message (vLLM rejects
   * images in tool messages) end the conversation with that user message.
   */
  toolResultFor: z.string().min(1).optional(),
});

const toolCallSchema = z
  .strictObject({
    /** Generated (call_1, call_2, …) when absent. */
    id: z.string().min(1).optional(),
    name: z.string().min(1),
    /** An object is sent as its JSON; a string is sent verbatim, so a script can send malformed JSON. */
    arguments: z.union([z.string(), z.record(z.string(), z.unknown())]).default({}),
  })
  .transform((call) => ({
    ...(call.id === undefined ? {} : { id: call.id }),
    name: call.name,
    arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
  }));

const RESPONSE_KINDS = ['text', 'toolCalls', 'echo', 'error', 'rateLimit', 'hang'] as const;

const respondSchema = z
  .strictObject({
    text: z.string().optional(),
    toolCalls: z.array(toolCallSchema).min(1).optional(),
    /** Answers with the last user message's text. */
    echo: z.literal(true).optional(),
    error: z
      .strictObject({
        status: z.number().int().min(400).max(599),
        message: z.string(),
        type: z.string().optional(),
        code: z.string().optional(),
      })
      .optional(),
    rateLimit: z
      .strictObject({
        retryAfterSeconds: z.number().min(0),
        message: z.string().optional(),
      })
      .optional(),
    /** Never answers: for client timeouts. Ends when the client disconnects or the server closes. */
    hang: z.literal(true).optional(),
    /** Streamed text is split into this many pieces (default: one piece per word). */
    chunks: z.number().int().min(1).optional(),
    /** A pause between streamed chunks, to watch text arrive (default: none). */
    chunkDelayMs: z.number().int().min(0).optional(),
    /** A pause before the answer (or the error) is sent. */
    delayMs: z.number().int().min(0).optional(),
    finishReason: z.enum(['stop', 'length', 'tool_calls', 'content_filter']).optional(),
    usage: z
      .strictObject({
        prompt_tokens: z.number().int().min(0).optional(),
        completion_tokens: z.number().int().min(0).optional(),
      })
      .optional(),
  })
  .check((context) => {
    const value = context.value;
    const given = RESPONSE_KINDS.filter((kind) => value[kind] !== undefined);
    // Text may accompany tool calls, as a real assistant turn may say something and call a tool.
    const exclusive = given.filter((kind) => kind !== 'text' && kind !== 'toolCalls');
    const valid = exclusive.length === 0 ? given.length > 0 : given.length === 1;
    if (!valid) {
      context.issues.push({
        code: 'custom',
        input: value,
        message:
          given.length === 0
            ? `a response needs one of ${RESPONSE_KINDS.join(', ')}`
            : `a response takes one of ${RESPONSE_KINDS.join(', ')} (text may go with toolCalls), got ${given.join(' and ')}`,
      });
    }
  });

const stepSchema = z
  .strictObject({
    /** A label that the request log shows next to the requests this step answered. */
    name: z.string().optional(),
    match: matchSchema.optional(),
    /** How many requests this step answers (default 1); 0 means no limit. */
    times: z.number().int().min(0).optional(),
    /** Same as times: 0. */
    forever: z.boolean().optional(),
    respond: respondSchema,
  })
  .check((context) => {
    const { forever, times } = context.value;
    if (forever === true && times !== undefined && times !== 0) {
      context.issues.push({
        code: 'custom',
        input: context.value,
        path: ['forever'],
        message: `give times or forever, not both (times: ${times})`,
      });
    }
  })
  .transform(({ forever, times, ...step }) => ({ ...step, times: forever === true ? 0 : (times ?? 1) }));

export const mockScriptSchema = z.strictObject({
  /** The names GET /v1/models lists (default: the models the steps match on, or "mock"). */
  models: z.array(z.string().min(1)).optional(),
  steps: z.array(stepSchema).default([]),
  /** The answer to a request that no step answers; without it such a request is an error. */
  default: respondSchema.optional(),
});

export type MockScriptInput = z.input<typeof mockScriptSchema>;
export type MockScript = z.output<typeof mockScriptSchema>;
export type MockStep = MockScript['steps'][number];
export type MockMatch = NonNullable<MockStep['match']>;
export type MockRespond = MockStep['respond'];

export type SafeParseMockScriptResult =
  | { success: true; data: MockScript }
  | { success: false; error: AtelierError };

/** `steps[2].respond.toolCalls[0].name`, the way a user finds the spot in their file. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(top level)' : text;
}

export interface ScriptIssue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
}

/** A misspelt key explains the "missing" issue next to it, so unknown keys are reported first. */
function firstIssue(issues: readonly ScriptIssue[]): ScriptIssue {
  const first = issues.find((issue) => issue.code === 'unrecognized_keys') ?? issues[0];
  if (first === undefined) return { path: [], message: 'invalid' };
  const missing = /^Invalid input: expected (\w+), received undefined$/.exec(first.message);
  return missing ? { ...first, message: `missing (expected ${missing[1]})` } : first;
}

/**
 * The SCRIPT_INVALID error for a list of issues: the first one in full, a count of the rest.
 * `lineOf` turns a path into a line of the file, when the script came from one.
 */
export function scriptInvalid(
  source: string,
  issues: readonly ScriptIssue[],
  lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): AtelierError {
  const first = firstIssue(issues);
  const line = lineOf(first.path);
  const rest =
    issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new AtelierError(
    'SCRIPT_INVALID',
    `${source}${line === undefined ? '' : `:${line}`}: ${formatIssuePath(first.path)}: ${first.message}${rest}`,
    {
      hint:
        'A mock script is {models?, steps: [{match?, times?, respond}], default?}, where respond is one of ' +
        'text, toolCalls, echo, error, rateLimit or hang, plus delayMs and usage if wanted.',
    },
  );
}

/** Checks an already-parsed script object (from code, JSON or YAML); never throws. */
export function safeParseMockScript(value: unknown, source = 'mock script'): SafeParseMockScriptResult {
  const result = mockScriptSchema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  return { success: false, error: scriptInvalid(source, result.error.issues) };
}

/** Checks an already-parsed script object; throws SCRIPT_INVALID naming the path at fault. */
export function parseMockScript(value: unknown, source = 'mock script'): MockScript {
  const result = safeParseMockScript(value, source);
  if (!result.success) throw result.error;
  return result.data;
}
