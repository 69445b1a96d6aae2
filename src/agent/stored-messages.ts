import type {
  AssistantMessage,
  ContentPart,
  Message,
  SystemMessage,
  ToolMessage,
  UserMessage,
} from '../core/index.ts';
import type { BlobStore } from '../store/index.ts';

/** An image part as a trace keeps it: the bytes live once in the blob store, named by their hash. */
export interface StoredImagePart {
  type: 'image';
  sha256: string;
  mediaType: string;
  name?: string;
}

export type StoredContentPart = Exclude<ContentPart, { type: 'image' }> | StoredImagePart;

export type StoredMessage =
  | SystemMessage
  | AssistantMessage
  | (Omit<UserMessage, 'content'> & { content: StoredContentPart[] })
  | (Omit<ToolMessage, 'content'> & { content: StoredContentPart[] });

async function storePart(part: ContentPart, blobs: BlobStore): Promise<StoredContentPart> {
  if (part.type !== 'image') return part;
  const sha256 = await blobs.put(part.data);
  return {
    type: 'image',
    sha256,
    mediaType: part.mediaType,
    ...(part.name ? { name: part.name } : {}),
  };
}

async function loadPart(part: StoredContentPart, blobs: BlobStore): Promise<ContentPart> {
  if (part.type !== 'image') return part;
  return {
    type: 'image',
    mediaType: part.mediaType,
    data: await blobs.read(part.sha256),
    ...(part.name ? { name: part.name } : {}),
  };
}

/** Replaces image bytes by blob hashes (storing the bytes), so traces stay small and shareable. */
export async function storeMessages(messages: Message[], blobs: BlobStore): Promise<StoredMessage[]> {
  return Promise.all(
    messages.map(async (message): Promise<StoredMessage> => {
      if (message.role === 'system' || message.role === 'assistant') return message;
      const content = await Promise.all(message.content.map((part) => storePart(part, blobs)));
      return { ...message, content };
    }),
  );
}

/** The inverse of storeMessages: reads each image back from the blob store. */
export async function loadMessages(messages: StoredMessage[], blobs: BlobStore): Promise<Message[]> {
  return Promise.all(
    messages.map(async (message): Promise<Message> => {
      if (message.role === 'system' || message.role === 'assistant') return message;
      const content = await Promise.all(message.content.map((part) => loadPart(part, blobs)));
      return { ...message, content };
    }),
  );
}
