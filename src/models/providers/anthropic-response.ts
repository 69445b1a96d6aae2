import { z } from 'zod';
import type { FinishReason, ToolCall } from '../../core/index.ts';
import type { ChatAnswer } from './chat-answer.ts';

/** The parts of a messages API answer we read; other block kinds (thinking, server tools) pass. */
const usageSchema = z.object({
  input_tokens: z.number().nullish(),
  output_tokens: z.number().nullish(),
  cache_creation_input_tokens: z.number().nullish(),
  cache_read_input_tokens: z.number().nullish(),
});

const blockSchema = z.union([
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('tool_use'), id: z.string(), name: z.string(), input: z.unknown() }),
  z.object({ type: z.string() }),
]);

export const messageSchema = z.object({
  model: z.string().nullish(),
  content: z.array(blockSchema),
  stop_reason: z.string().nullish(),
  usage: usageSchema.nullish(),
});

export const streamEventSchema = z.union([
  z.object({
    type: z.literal('message_start'),
    message: z.object({ model: z.string().nullish(), usage: usageSchema.nullish() }),
  }),
  z.object({ type: z.literal('content_block_start'), index: z.number().int(), content_block: blockSchema }),
  z.object({
    type: z.literal('content_block_delta'),
    index: z.number().int(),
    delta: z.union([
      z.object({ type: z.literal('text_delta'), text: z.string() }),
      z.object({ type: z.literal('input_json_delta'), partial_json: z.string() }),
      z.object({ type: z.string() }),
    ]),
  }),
  z.object({
    type: z.literal('message_delta'),
    delta: z.object({ stop_reason: z.string().nullish() }),
    usage: usageSchema.nullish(),
  }),
  z.object({ type: z.string() }),
]);

type Usage = z.infer<typeof usageSchema>;

export function anthropicFinishReason(reason: string | null | undefined): FinishReason {
  switch (reason) {
    case 'end_turn':
    case 'stop_sequence':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      return 'other';
  }
}

/** Cached prompt tokens are input too: leaving them out would make a cached call look cheaper. */
function inputTokens(usage: Usage | null | undefined): number {
  return (
    (usage?.input_tokens ?? 0) +
    (usage?.cache_creation_input_tokens ?? 0) +
    (usage?.cache_read_input_tokens ?? 0)
  );
}

export function mapMessage(message: z.infer<typeof messageSchema>, fallbackModel: string): ChatAnswer {
  let text = '';
  const toolCalls: ToolCall[] = [];
  for (const block of message.content) {
    if ('text' in block && block.type === 'text') text += block.text;
    else if ('input' in block && block.type === 'tool_use') {
      toolCalls.push({ id: block.id, name: block.name, arguments: JSON.stringify(block.input ?? {}) });
    }
  }
  return {
    message: { role: 'assistant', content: text, toolCalls },
    finishReason: anthropicFinishReason(message.stop_reason),
    usage: { inputTokens: inputTokens(message.usage), outputTokens: message.usage?.output_tokens ?? 0 },
    model: message.model || fallbackModel,
  };
}

/** Puts a streamed message back together from its events, tool input from input_json_delta pieces. */
export class MessageAssembler {
  private readonly blocks = new Map<
    number,
    { kind: 'text'; text: string } | { kind: 'tool'; call: ToolCall; start: unknown }
  >();
  private model: string | null | undefined;
  private usage: Usage = {};
  private stopReason: string | null | undefined;
  private started = false;

  constructor(private readonly onText?: (delta: string) => void) {}

  add(event: z.infer<typeof streamEventSchema>): void {
    if (event.type === 'message_start' && 'message' in event) {
      this.started = true;
      this.model = event.message.model;
      this.usage = { ...event.message.usage };
    } else if (event.type === 'content_block_start' && 'content_block' in event) {
      const block = event.content_block;
      if ('text' in block && block.type === 'text') {
        this.blocks.set(event.index, { kind: 'text', text: block.text });
        if (block.text !== '') this.onText?.(block.text);
      } else if ('input' in block && block.type === 'tool_use') {
        this.blocks.set(event.index, {
          kind: 'tool',
          call: { id: block.id, name: block.name, arguments: '' },
          start: block.input,
        });
      }
    } else if (event.type === 'content_block_delta' && 'delta' in event && 'index' in event) {
      const block = this.blocks.get(event.index);
      const delta = event.delta;
      if (block?.kind === 'text' && 'text' in delta && delta.type === 'text_delta') {
        block.text += delta.text;
        this.onText?.(delta.text);
      } else if (block?.kind === 'tool' && 'partial_json' in delta && delta.type === 'input_json_delta') {
        block.call.arguments += delta.partial_json;
      }
    } else if (event.type === 'message_delta' && 'delta' in event && 'usage' in event) {
      this.stopReason = event.delta.stop_reason ?? this.stopReason;
      // message_delta carries running totals, not increments.
      for (const [key, value] of Object.entries(event.usage ?? {})) {
        if (typeof value === 'number') this.usage[key as keyof Usage] = value;
      }
    }
  }

  /** Undefined when the stream never started a message. */
  finish(fallbackModel: string): ChatAnswer | undefined {
    if (!this.started) return undefined;
    let text = '';
    const toolCalls: ToolCall[] = [];
    for (const [, block] of [...this.blocks.entries()].sort(([first], [second]) => first - second)) {
      if (block.kind === 'text') text += block.text;
      else {
        // A tool without parameters streams no input at all; its start block holds the whole input.
        const argumentsText =
          block.call.arguments === '' ? JSON.stringify(block.start ?? {}) : block.call.arguments;
        toolCalls.push({ ...block.call, arguments: argumentsText });
      }
    }
    return {
      message: { role: 'assistant', content: text, toolCalls },
      finishReason: anthropicFinishReason(this.stopReason),
      usage: { inputTokens: inputTokens(this.usage), outputTokens: this.usage.output_tokens ?? 0 },
      model: this.model || fallbackModel,
    };
  }
}
