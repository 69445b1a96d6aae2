import type Anthropic from '@anthropic-ai/sdk';
import type { ContentPart, ImagePart, Message, ToolCall } from '../../core/index.ts';
import { applyImagePolicy, type ImagePolicy } from '../image-policy.ts';

type WireMessage = Anthropic.MessageParam;
type WireBlock = Anthropic.ContentBlockParam;
type WireImage = Anthropic.ImageBlockParam;
type WireText = Anthropic.TextBlockParam;

async function imageBlock(part: ImagePart, policy: ImagePolicy): Promise<WireImage> {
  const prepared = await applyImagePolicy(part, policy);
  if (prepared.type === 'image-url') return { type: 'image', source: { type: 'url', url: prepared.url } };
  return {
    type: 'image',
    source: {
      type: 'base64',
      // The policy encodes jpeg, png or webp only: all three are formats Anthropic reads.
      media_type: prepared.mediaType as Anthropic.Base64ImageSource['media_type'],
      data: Buffer.from(prepared.data).toString('base64'),
    },
  };
}

/** Anthropic refuses empty text blocks, so empty text parts are left out. */
async function blocks(parts: ContentPart[], policy: ImagePolicy): Promise<Array<WireText | WireImage>> {
  const converted = await Promise.all(
    parts.map(async (part): Promise<WireText | WireImage | undefined> => {
      if (part.type !== 'text') return imageBlock(part, policy);
      return part.text === '' ? undefined : { type: 'text', text: part.text };
    }),
  );
  return converted.filter((block) => block !== undefined);
}

function toolInput(call: ToolCall): Record<string, unknown> {
  // tool_use input must be an object; a call the model wrote malformed goes back as {} (its tool
  // result already says what was wrong with the arguments).
  try {
    const parsed: unknown = JSON.parse(call.arguments);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/**
 * Core messages → the messages API. System text travels apart; tool results, images included, go
 * as tool_result blocks in the next user turn (Anthropic reads images there, unlike vLLM); and
 * consecutive user turns are merged, so tool results always open the turn after the tool calls.
 */
export async function toAnthropicMessages(
  messages: Message[],
  policy: ImagePolicy,
): Promise<{ system: string | undefined; messages: WireMessage[] }> {
  const system: string[] = [];
  const wire: WireMessage[] = [];
  const push = (role: 'user' | 'assistant', content: WireBlock[]) => {
    if (content.length === 0) return;
    const last = wire[wire.length - 1];
    if (role === 'user' && last?.role === 'user' && Array.isArray(last.content))
      last.content.push(...content);
    else wire.push({ role, content });
  };
  for (const message of messages) {
    switch (message.role) {
      case 'system':
        system.push(message.content);
        break;
      case 'user':
        push('user', await blocks(message.content, policy));
        break;
      case 'assistant': {
        const content: WireBlock[] = message.content === '' ? [] : [{ type: 'text', text: message.content }];
        for (const call of message.toolCalls) {
          content.push({ type: 'tool_use', id: call.id, name: call.name, input: toolInput(call) });
        }
        push('assistant', content);
        break;
      }
      case 'tool': {
        const result: Anthropic.ToolResultBlockParam = {
          type: 'tool_result',
          tool_use_id: message.toolCallId,
        };
        const content = await blocks(message.content, policy);
        if (content.length > 0) result.content = content;
        if (message.isError === true) result.is_error = true;
        push('user', [result]);
        break;
      }
    }
  }
  return { system: system.length === 0 ? undefined : system.join('\n\n'), messages: wire };
}
