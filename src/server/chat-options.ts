import type { ChatModel } from '../models/index.ts';
import type { Tool } from '../tools/index.ts';

export interface ChatOptions {
  /**
   * The models a chat request may name, the first being the default. A request cannot name any
   * other spec: a client-chosen base URL would let any caller make this server fetch arbitrary
   * addresses with the operator's API keys. Default: ['rules'] (the offline rule-based assistant).
   */
  models?: readonly string[];
  /** Builds a model by name (default: createModel with the store, so answers are cached). */
  createModel?: (name: string) => Promise<ChatModel>;
  /** The assistant's tools (default: createAssistantTools over the store and search engine). */
  tools?: Tool[];
  /** Model calls one chat turn may make (default 8). */
  maxSteps?: number;
}

export const DEFAULT_CHAT_MODELS: readonly string[] = ['rules'];
