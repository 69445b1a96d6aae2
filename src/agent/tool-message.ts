import type { ContentPart, ToolCall, ToolMessage } from '../core/index.ts';
import type { BlobStore } from '../store/index.ts';
import type { ConversationImage, ToolResult } from '../tools/index.ts';

/**
 * Turns a tool's result into the message the model reads next. Images travel as parts of the tool
 * message; each adapter decides where they may go on its wire (OpenAI-compatible servers get them in
 * a following user message, Anthropic inside tool_result).
 */
export async function toolResultMessage(
  call: ToolCall,
  result: ToolResult,
  blobs: BlobStore,
): Promise<ToolMessage> {
  return {
    role: 'tool',
    toolCallId: call.id,
    toolName: call.name,
    content: [{ type: 'text', text: result.text }, ...(await imageParts(result.images, blobs))],
  };
}

export function toolErrorMessage(call: ToolCall, code: string, message: string): ToolMessage {
  return {
    role: 'tool',
    toolCallId: call.id,
    toolName: call.name,
    // The model reads this and may correct itself; the code lets a policy tell kinds apart.
    content: [{ type: 'text', text: `error ${code}: ${message}` }],
    isError: true,
  };
}

async function imageParts(images: ConversationImage[], blobs: BlobStore): Promise<ContentPart[]> {
  return Promise.all(
    images.map(
      async (image): Promise<ContentPart> => ({
        type: 'image',
        mediaType: image.mediaType,
        data: await blobs.read(image.sha256),
        name: image.name,
      }),
    ),
  );
}
