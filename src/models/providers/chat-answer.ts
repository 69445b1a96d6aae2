import type { ChatResponse } from '../../core/index.ts';

/** An adapter's answer before the latency is added: the adapter times the whole call, not the parse. */
export type ChatAnswer = Omit<ChatResponse, 'latencyMs'>;
