import type OpenAI from 'openai';
import type { ContentPart, ImagePart, Message, ToolMessage } from '../../core/index.ts';
import { applyImagePolicy, type ImagePolicy } from '../image-policy.ts';

type WireMessage = OpenAI.Chat.ChatCompletionMessageParam;
type WireUserPart = OpenAI.Chat.ChatCompletionContentPartText | OpenAI.Chat.ChatCompletionContentPartImage;

/**
 * Data URLs of recently sent images, by their prepared bytes. The image policy hands out the same
 * (read-only) bytes for the same image, and an evaluation sends one image with many questions: at
 * hundreds of requests a second, encoding ~40 KB of base64 for each one again was a visible share of
 * the harness's CPU and garbage. Bounded by characters, least recently used out first.
 */
const DATA_URL_LIMIT_CHARACTERS = 32 * 1024 * 1024;
const dataUrls = new Map<Uint8Array, string>();
let dataUrlCharacters = 0;

function dataUrl(mediaType: string, data: Uint8Array): string {
  const prefix = `data:${mediaType};base64,`;
  const cached = dataUrls.get(data);
  if (cached?.startsWith(prefix)) {
    dataUrls.delete(data);
    dataUrls.set(data, cached);
    return cached;
  }
  // A view over the same memory: Buffer.from(Uint8Array) would copy the bytes first.
  const url = prefix + Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
  if (cached !== undefined) dataUrlCharacters -= cached.length;
  dataUrls.delete(data);
  dataUrls.set(data, url);
  dataUrlCharacters += url.length;
  for (const [key, value] of dataUrls) {
    if (dataUrlCharacters <= DATA_URL_LIMIT_CHARACTERS || key === data) break;
    dataUrls.delete(key);
    dataUrlCharacters -= value.length;
  }
  return url;
}

async function imageUrl(part: ImagePart, policy: ImagePolicy): Promise<string> {
  const prepared = await applyImagePolicy(part, policy);
  if (prepared.type === 'image-url') return prepared.url;
  return dataUrl(prepared.mediaType, prepared.data);
}

async function userContent(parts: ContentPart[], policy: ImagePolicy): Promise<string | WireUserPart[]> {
  const only = parts[0];
  // Plain text goes as a string: some servers for text models accept nothing else.
  if (parts.length === 1 && only?.type === 'text') return only.text;
  return Promise.all(
    parts.map(
      async (part): Promise<WireUserPart> =>
        part.type === 'text'
          ? { type: 'text', text: part.text }
          : { type: 'image_url', image_url: { url: await imageUrl(part, policy) } },
    ),
  );
}

interface Attachment {
  name: string;
  toolName: string;
  part: ImagePart;
}

function toolText(message: ToolMessage, attachments: Attachment[]): string {
  const lines: string[] = [];
  for (const part of message.content) {
    if (part.type === 'text') {
      lines.push(part.text);
      continue;
    }
    const name = part.name ?? `${message.toolName}-result-${attachments.length + 1}`;
    attachments.push({ name, toolName: message.toolName, part });
    lines.push(`(attached below as image ${name})`);
  }
  const text = lines.join('\n');
  return message.isError === true && !/^error\b/i.test(text) ? `Error: ${text}` : text;
}

/**
 * Core messages → chat.completions messages. Images in tool results cannot stay there (vLLM and
 * most compatible servers reject them, and OpenAI ignores them), and tool messages must directly
 * follow the assistant turn that called them; so each tool message says which images it attached,
 * and one user message after the whole run of tool messages carries them, each under its name.
 */
export async function toOpenAiMessages(messages: Message[], policy: ImagePolicy): Promise<WireMessage[]> {
  const wire: WireMessage[] = [];
  let pending: Attachment[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const attachments = pending;
    pending = [];
    const content: WireUserPart[] = [];
    for (const attachment of attachments) {
      content.push({ type: 'text', text: `Image ${attachment.name} (from ${attachment.toolName}):` });
      content.push({ type: 'image_url', image_url: { url: await imageUrl(attachment.part, policy) } });
    }
    wire.push({ role: 'user', content });
  };
  for (const message of messages) {
    if (message.role !== 'tool') await flush();
    switch (message.role) {
      case 'system':
        wire.push({ role: 'system', content: message.content });
        break;
      case 'user':
        wire.push({ role: 'user', content: await userContent(message.content, policy) });
        break;
      case 'assistant':
        wire.push(
          message.toolCalls.length === 0
            ? { role: 'assistant', content: message.content }
            : {
                role: 'assistant',
                content: message.content === '' ? null : message.content,
                tool_calls: message.toolCalls.map((call) => ({
                  id: call.id,
                  type: 'function' as const,
                  function: { name: call.name, arguments: call.arguments },
                })),
              },
        );
        break;
      case 'tool':
        wire.push({ role: 'tool', tool_call_id: message.toolCallId, content: toolText(message, pending) });
        break;
    }
  }
  await flush();
  return wire;
}
