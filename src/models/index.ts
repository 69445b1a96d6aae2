export type { BoxFormat, ChatModel } from './chat-model.ts';
