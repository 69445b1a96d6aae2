import { z } from 'zod';

/**
 * The parts of a chat.completions request body the mock reads. Loose objects: clients send many
 * fields (temperature, tools, x-stainless extras) that the mock records but never needs to check.
 */
const contentPartSchema = z.looseObject({ type: z.string(), text: z.string().optional() });

const messageSchema = z.looseObject({
  role: z.string(),
  content: z.union([z.string(), z.array(contentPartSchema), z.null()]).optional(),
  tool_calls: z
    .array(
      z.looseObject({
        id: z.string(),
        function: z.looseObject({ name: z.string(), arguments: z.string() }),
      }),
    )
    .nullish(),
  tool_call_id: z.string().optional(),
});

export const chatRequestSchema = z.looseObject({
  model: z.string(),
  messages: z.array(messageSchema).min(1),
  stream: z.boolean().nullish(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullish(),
});

export type ChatRequestBody = z.output<typeof chatRequestSchema>;
type WireMessage = ChatRequestBody['messages'][number];

/** What one prompt image counts for in the mock's usage: a fixed figure, as low-detail images cost. */
const TOKENS_PER_IMAGE = 85;

function textOf(message: WireMessage): string {
  const content = message.content;
  if (typeof content === 'string') return content;
  if (!content) return '';
  let text = '';
  for (const part of content) if (part.type === 'text' && part.text !== undefined) text += part.text;
  return text;
}

function imageCount(message: WireMessage): number {
  if (!Array.isArray(message.content)) return 0;
  let count = 0;
  for (const part of message.content) if (part.type === 'image_url') count += 1;
  return count;
}

/** The text of the last user message, or "" when there is none. */
export function lastUserText(body: ChatRequestBody): string {
  for (let index = body.messages.length - 1; index >= 0; index -= 1) {
    const message = body.messages[index];
    if (message?.role === 'user') return textOf(message);
  }
  return '';
}

export function hasImages(body: ChatRequestBody): boolean {
  return body.messages.some((message) => imageCount(message) > 0);
}

/** The names of the tools whose results follow the last assistant turn. */
export function latestToolResultNames(body: ChatRequestBody): string[] {
  const messages = body.messages;
  let assistantIndex = messages.length - 1;
  while (assistantIndex >= 0 && messages[assistantIndex]?.role !== 'assistant') assistantIndex -= 1;
  const assistant = messages[assistantIndex];
  if (!assistant?.tool_calls) return [];
  const nameById = new Map(assistant.tool_calls.map((call) => [call.id, call.function.name]));
  const names: string[] = [];
  for (const message of messages.slice(assistantIndex + 1)) {
    if (message.role !== 'tool' || message.tool_call_id === undefined) continue;
    const name = nameById.get(message.tool_call_id);
    if (name !== undefined) names.push(name);
  }
  return names;
}

/** A cheap token count: a token per four characters of text, a fixed figure per image. */
export function estimatePromptTokens(body: ChatRequestBody): number {
  let characters = 0;
  let images = 0;
  for (const message of body.messages) {
    characters += textOf(message).length;
    images += imageCount(message);
    for (const call of message.tool_calls ?? []) characters += call.function.arguments.length;
  }
  return Math.ceil(characters / 4) + images * TOKENS_PER_IMAGE;
}

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
