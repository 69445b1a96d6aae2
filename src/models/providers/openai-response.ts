import { z } from 'zod';
import type { FinishReason, ToolCall } from '../../core/index.ts';
import type { ChatAnswer } from './chat-answer.ts';

/**
 * The parts of a chat.completions answer we read, checked rather than trusted: compatible servers
 * differ in what they leave out (ids, usage, index), so only what the code uses is required.
 */
const toolCallSchema = z.object({
  id: z.string().nullish(),
  function: z.object({
    name: z.string(),
    // Ollama has been seen sending an object here; the contract keeps the text.
    arguments: z.union([z.string(), z.record(z.string(), z.unknown())]).nullish(),
  }),
});

const usageSchema = z
  .object({ prompt_tokens: z.number().nullish(), completion_tokens: z.number().nullish() })
  .nullish();

export const completionSchema = z.object({
  model: z.string().nullish(),
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullish(),
          tool_calls: z.array(toolCallSchema).nullish(),
        }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1, 'the answer has no choices'),
  usage: usageSchema,
});

export const chunkSchema = z.object({
  model: z.string().nullish(),
  choices: z
    .array(
      z.object({
        delta: z
          .object({
            content: z.string().nullish(),
            tool_calls: z
              .array(
                z.object({
                  index: z.number().int().nullish(),
                  id: z.string().nullish(),
                  function: z
                    .object({ name: z.string().nullish(), arguments: z.string().nullish() })
                    .nullish(),
                }),
              )
              .nullish(),
          })
          .nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .nullish(),
  usage: usageSchema,
});

export function openAiFinishReason(reason: string | null | undefined, hasToolCalls: boolean): FinishReason {
  switch (reason) {
    case 'length':
      return 'length';
    case 'content_filter':
      return 'content_filter';
    case 'tool_calls':
    case 'function_call':
      return 'tool_calls';
    case 'stop':
    case null:
    case undefined:
      // Ollama and some vLLM parsers answer "stop" with tool calls in hand; the calls are what counts.
      return hasToolCalls ? 'tool_calls' : 'stop';
    default:
      return 'other';
  }
}

function argumentsText(value: string | Record<string, unknown> | null | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function mapCompletion(
  completion: z.infer<typeof completionSchema>,
  fallbackModel: string,
): ChatAnswer {
  const choice = completion.choices[0] as (typeof completion.choices)[number];
  const toolCalls: ToolCall[] = (choice.message.tool_calls ?? []).map((call, index) => ({
    id: call.id ?? `call_${index}`,
    name: call.function.name,
    arguments: argumentsText(call.function.arguments),
  }));
  return {
    message: { role: 'assistant', content: choice.message.content ?? '', toolCalls },
    finishReason: openAiFinishReason(choice.finish_reason, toolCalls.length > 0),
    usage: {
      inputTokens: completion.usage?.prompt_tokens ?? 0,
      outputTokens: completion.usage?.completion_tokens ?? 0,
    },
    model: completion.model || fallbackModel,
  };
}

function isCompleteJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Puts a streamed answer back together: text in order, tool calls by their index. */
export class CompletionAssembler {
  private text = '';
  private readonly calls: Array<{ id: string; name: string; arguments: string }> = [];
  /** The slot each wire index writes to now (see `add` for why they can differ). */
  private readonly slotOfIndex = new Map<number, number>();
  private finishReason: string | null | undefined;
  private model: string | null | undefined;
  private usage: z.infer<typeof usageSchema>;
  private sawChoice = false;

  constructor(private readonly onText?: (delta: string) => void) {}

  add(chunk: z.infer<typeof chunkSchema>): void {
    this.model ||= chunk.model;
    if (chunk.usage) this.usage = chunk.usage;
    const choice = chunk.choices?.[0];
    if (choice === undefined) return;
    this.sawChoice = true;
    if (choice.finish_reason) this.finishReason = choice.finish_reason;
    const content = choice.delta?.content;
    if (content) {
      this.text += content;
      this.onText?.(content);
    }
    for (const [position, delta] of (choice.delta?.tool_calls ?? []).entries()) {
      const index = delta.index ?? position;
      let slot = this.slotOfIndex.get(index);
      let call = slot === undefined ? undefined : this.calls[slot];
      // Ollama sends parallel calls whole, each at index 0 with its own id: a new id and name after
      // complete arguments is a new call, not more of the last one.
      const startsAnother =
        call !== undefined &&
        delta.id != null &&
        delta.id !== call.id &&
        Boolean(delta.function?.name) &&
        isCompleteJson(call.arguments);
      if (call === undefined || startsAnother) {
        call = { id: '', name: '', arguments: '' };
        slot = this.calls.push(call) - 1;
        this.slotOfIndex.set(index, slot);
      }
      // Only the first delta of a call carries its id and name; later ones add argument text.
      if (delta.id && call.id === '') call.id = delta.id;
      if (delta.function?.name && call.name === '') call.name = delta.function.name;
      call.arguments += delta.function?.arguments ?? '';
    }
  }

  /** Undefined when the stream never carried a choice: nothing to answer with. */
  finish(fallbackModel: string): ChatAnswer | undefined {
    if (!this.sawChoice) return undefined;
    const toolCalls = this.calls.map((call, slot) => ({
      id: call.id || `call_${slot}`,
      name: call.name,
      arguments: call.arguments,
    }));
    return {
      message: { role: 'assistant', content: this.text, toolCalls },
      finishReason: openAiFinishReason(this.finishReason, toolCalls.length > 0),
      usage: {
        inputTokens: this.usage?.prompt_tokens ?? 0,
        outputTokens: this.usage?.completion_tokens ?? 0,
      },
      model: this.model || fallbackModel,
    };
  }
}
