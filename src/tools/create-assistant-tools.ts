import type { SearchEngine } from '../search/index.ts';
import type { Store } from '../store/index.ts';
import { createGenerateImageTool } from './generate-image/generate-image-tool.ts';
import type { ImageGenerator } from './generate-image/image-generator.ts';
import { createWorldGenerator } from './generate-image/world-generator.ts';
import { createGetBoardTool, type GetBoardOptions } from './get-board-tool.ts';
import { createSearchCatalogTool } from './search-catalog-tool.ts';
import type { Tool } from './tool.ts';
import { createZoomTool } from './zoom-tool.ts';

export interface AssistantToolsOptions {
  store: Store;
  /** Without a search engine (no catalog indexed) there is no search_catalog tool. */
  search?: SearchEngine;
  /** The text-to-image backend; the offline world renderer by default. */
  generator?: ImageGenerator;
  board?: GetBoardOptions;
}

/** The assistant's tools over one store: search_catalog (when indexed), zoom, generate_image, get_board. */
export function createAssistantTools(options: AssistantToolsOptions): Tool[] {
  const tools: Tool[] = [];
  if (options.search) tools.push(createSearchCatalogTool(options.search));
  tools.push(
    createZoomTool(options.store),
    createGenerateImageTool(options.store, options.generator ?? createWorldGenerator()),
    createGetBoardTool(options.store, options.board),
  );
  return tools;
}
