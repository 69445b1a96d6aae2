import { z } from 'zod';

/** Large enough for a few photos as base64, small enough that a client cannot exhaust memory. */
export const CHAT_BODY_LIMIT = 16 * 1024 * 1024;
export const MAX_CHAT_IMAGES = 8;
/** Earlier turns a client may resend: enough for a long conversation, bounded so one request stays small. */
export const MAX_HISTORY_TURNS = 40;
export const MAX_TURN_CHARS = 20_000;

export const chatImageSchema = z.union([
  z.strictObject({ base64: z.string().min(1) }),
  z.strictObject({ assetId: z.string().min(1) }),
]);

/**
 * One earlier turn of the conversation as text. The server keeps no conversation state, so the
 * client resends what was said; images stay with the turn that sends them.
 */
export const chatTurnSchema = z.strictObject({
  role: z.enum(['user', 'assistant']),
  text: z.string().max(MAX_TURN_CHARS),
});
export type ChatTurn = z.output<typeof chatTurnSchema>;

export const chatRequestSchema = z.strictObject({
  model: z.string().min(1).optional(),
  message: z.string().trim().min(1).max(MAX_TURN_CHARS),
  history: z.array(chatTurnSchema).max(MAX_HISTORY_TURNS).default([]),
  images: z.array(chatImageSchema).max(MAX_CHAT_IMAGES).default([]),
  board: z.string().min(1).optional(),
  maxSteps: z.number().int().min(1).max(16).optional(),
});
export type ChatRequestBody = z.output<typeof chatRequestSchema>;

/** Strips a `data:image/png;base64,` prefix; a browser's FileReader hands out data URLs. */
export function base64Bytes(text: string): Buffer {
  const comma = text.startsWith('data:') ? text.indexOf(',') : -1;
  return Buffer.from(comma >= 0 ? text.slice(comma + 1) : text, 'base64');
}
