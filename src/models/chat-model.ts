import type { ChatCallOptions, ChatRequest, ChatResponse } from '../core/index.ts';

/**
 * How a model expects boxes it writes (for zoom): pixels of the original image, or Qwen-style
 * coordinates normalised to 0–1000. Declared per model because the same tool serves both.
 */
export type BoxFormat = 'pixels' | 'normalized-1000';

/**
 * Anything that answers a chat request: a model behind an HTTP API, or a baseline. Baselines say so
 * (`kind: 'baseline'`), and every CLI line, report row and web page shows that label.
 */
export interface ChatModel {
  /** The spec it was made from ("openai:gpt-4o", "rules", "text-only:anthropic:claude-…"). */
  readonly id: string;
  readonly kind: 'model' | 'baseline';
  /** Human-readable name; baselines read "rules (baseline)", "random (baseline)". */
  readonly label: string;
  readonly boxFormat: BoxFormat;
  complete(request: ChatRequest, options?: ChatCallOptions): Promise<ChatResponse>;
  close?(): Promise<void>;
}
