export { addUploadedImage, type UploadOptions } from './add-uploaded-image.ts';
export { createConversationImages } from './conversation-images.ts';
export { type AssistantToolsOptions, createAssistantTools } from './create-assistant-tools.ts';
export { createImageGenerator } from './generate-image/create-image-generator.ts';
export {
  createGenerateImageTool,
  type GenerateImageInput,
  generateImageInputSchema,
} from './generate-image/generate-image-tool.ts';
export type { ImageGeneratorOptions } from './generate-image/generator-options.ts';
export type { GeneratedImage, GenerateRequest, ImageGenerator } from './generate-image/image-generator.ts';
export { promptSeed } from './generate-image/prompt-seed.ts';
export { createGetBoardTool, type GetBoardInput, type GetBoardOptions } from './get-board-tool.ts';
export { type CatalogImage, findCatalogImage, resolveImage } from './resolve-image.ts';
export { runToolCall, type ToolCallError, type ToolCallOutcome } from './run-tool-call.ts';
export {
  createSearchCatalogTool,
  resultLine,
  type SearchCatalogInput,
  searchCatalogInputSchema,
} from './search-catalog-tool.ts';
export type {
  ConversationImage,
  ConversationImages,
  ImageOrigin,
  PixelBox,
  Tool,
  ToolCallContext,
  ToolResult,
} from './tool.ts';
export { toolDefinitions, toolParameters } from './tool-definitions.ts';
export { createZoomTool, MIN_CROP_SIDE, type ZoomInput, zoomInputSchema } from './zoom-tool.ts';
