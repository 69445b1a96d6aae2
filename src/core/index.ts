export type {
  AssistantMessage,
  ChatCallOptions,
  ChatRequest,
  ChatResponse,
  ContentPart,
  FinishReason,
  ImagePart,
  Message,
  SystemMessage,
  TaskHints,
  TextPart,
  ToolCall,
  ToolChoice,
  ToolDefinition,
  ToolMessage,
  Usage,
  UserMessage,
} from './chat.ts';
export { AtelierError, type ErrorCode, isAtelierError, toAtelierError } from './errors.ts';
export { mapInOrder } from './map-in-order.ts';
export {
  collectSecrets,
  MIN_SECRET_LENGTH,
  REDACTED,
  redactDeep,
  redactSecrets,
  registerSecret,
} from './redact-secrets.ts';
