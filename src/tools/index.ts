export type {
  ConversationImage,
  ConversationImages,
  ImageOrigin,
  PixelBox,
  Tool,
  ToolCallContext,
  ToolResult,
} from './tool.ts';
