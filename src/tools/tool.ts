import type { z } from 'zod';
import type { BoxFormat } from '../models/index.ts';

/** A box as [x0, y0, x1, y1]: left, top, right, bottom, in the source image's pixels. */
export type PixelBox = [number, number, number, number];

/** Where an image in the conversation came from; kept in traces and shown on tool cards. */
export type ImageOrigin =
  | { kind: 'upload'; path?: string }
  | { kind: 'catalog'; assetId: string }
  | { kind: 'crop'; source: string; box: PixelBox }
  | { kind: 'generated'; prompt: string; seed: number; backend: string };

/** An image the conversation can name: stored as a blob in the store, addressed by its hash. */
export interface ConversationImage {
  /** "image-1" for uploads, "zoom-1" for crops, "generated-1", or a catalog asset id. */
  name: string;
  sha256: string;
  mediaType: string;
  width: number;
  height: number;
  origin: ImageOrigin;
}

/** The images a conversation has seen so far, by name, so tools can refer to them. */
export interface ConversationImages {
  get(name: string): ConversationImage | undefined;
  /** Registers an image under the next free name with the prefix ("zoom" → "zoom-1", "zoom-2"). */
  add(prefix: string, image: Omit<ConversationImage, 'name'>): ConversationImage;
  /** Registers an image under an exact name (catalog asset ids); returns the existing one if present. */
  addNamed(image: ConversationImage): ConversationImage;
  list(): ConversationImage[];
}

export interface ToolResult {
  /** What the model reads: a short summary that names every attached image. */
  text: string;
  /** Images the model should see next (crops, generated images, result thumbnails). */
  images: ConversationImage[];
  /** Structured result for traces and the web app's tool cards (result ids, boxes, prompts). */
  data?: unknown;
}

export interface ToolCallContext {
  images: ConversationImages;
  /** How the calling model writes boxes; zoom converts from it. */
  boxFormat: BoxFormat;
  signal?: AbortSignal;
}

/**
 * A tool the assistant can call. The zod schema checks the model's arguments and, through
 * z.toJSONSchema, is the schema the model is shown, so the two can never disagree.
 */
export interface Tool<Input = unknown> {
  readonly name: string;
  readonly description: string;
  readonly inputSchema: z.ZodType<Input>;
  execute(input: Input, context: ToolCallContext): Promise<ToolResult>;
}
