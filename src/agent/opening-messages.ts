import type { ContentPart, Message } from '../core/index.ts';
import type { BlobStore } from '../store/index.ts';
import type { ConversationImage } from '../tools/index.ts';

export interface OpeningOptions {
  text: string;
  /** Images the user attached, already registered in the conversation (image-1, image-2, …). */
  images: ConversationImage[];
  /** The user whose board the conversation is about. */
  board?: string;
  tools: string[];
}

/**
 * The system prompt says how the conversation names images, because tools take those names
 * ("zoom image-1 at …"); it names the board so a model can call get_board without asking.
 */
export function assistantSystemPrompt(options: Omit<OpeningOptions, 'text'>): string {
  const lines = [
    'You are a visual shopping and styling assistant for a fashion catalog.',
    'Answer with visual evidence: search the catalog, zoom into details, and generate images when that helps.',
  ];
  if (options.tools.length > 0) lines.push(`Tools: ${options.tools.join(', ')}.`);
  if (options.images.length > 0) {
    const described = options.images.map((image) => `${image.name} (${image.width}×${image.height} px)`);
    lines.push(`The user attached: ${described.join(', ')}. Refer to images by these names in tool calls.`);
  }
  lines.push(
    'Images returned by tools are named too (zoom-1, generated-1, or a catalog item id) and arrive as attachments.',
  );
  if (options.board) lines.push(`The user's board id is ${options.board}.`);
  return lines.join('\n');
}

export async function openingMessages(options: OpeningOptions, blobs: BlobStore): Promise<Message[]> {
  const parts: ContentPart[] = [{ type: 'text', text: options.text }];
  for (const image of options.images) {
    parts.push({
      type: 'image',
      mediaType: image.mediaType,
      data: await blobs.read(image.sha256),
      name: image.name,
    });
  }
  return [
    { role: 'system', content: assistantSystemPrompt(options) },
    { role: 'user', content: parts },
  ];
}
