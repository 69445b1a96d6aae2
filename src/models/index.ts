export type { BoxFormat, ChatModel } from './chat-model.ts';
export { ModelCallError, type ModelCallErrorDetails, parseRetryAfter } from './model-call-error.ts';
