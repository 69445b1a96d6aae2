import sharp from 'sharp';
import { z } from 'zod';
import {
  type ImageInput,
  parseFilter,
  type SearchEngine,
  type SearchRequest,
  type SearchResult,
} from '../search/index.ts';
import { webMediaType } from './image-media-type.ts';
import { resolveImage } from './resolve-image.ts';
import type { ConversationImage, Tool, ToolCallContext } from './tool.ts';

/** Thumbnails attached to a result: enough to show the model what came back without flooding it. */
const MAX_ATTACHED = 4;

const FILTER_FORMS = 'FIELD=VALUE, FIELD!=VALUE, FIELD<N, FIELD<=N, FIELD>N, FIELD>=N or "FIELD in A,B"';

export const searchCatalogInputSchema = z
  .object({
    text: z.string().trim().max(2000).optional().describe('What to look for, in words.'),
    images: z
      .array(z.string().min(1))
      .max(8)
      .optional()
      .describe(
        'Images to find similar items to: conversation image names ("image-1", "zoom-1") or asset ids.',
      ),
    board: z.string().min(1).optional().describe("A user id: search for items like the user's saved board."),
    filters: z
      .array(z.string())
      .max(16)
      .optional()
      .describe('Exact conditions on item fields, e.g. "category=skirt", "price<60", "color in navy,black".'),
    k: z.number().int().min(1).max(24).default(8).describe('How many results (1 to 24).'),
  })
  .superRefine((input, context) => {
    // Checked here so a bad filter is an argument error the model can fix, naming the filter.
    input.filters?.forEach((filter, index) => {
      try {
        parseFilter(filter);
      } catch (error) {
        context.addIssue({
          code: 'custom',
          path: ['filters', index],
          message: `${(error as Error).message}; write ${FILTER_FORMS}`,
        });
      }
    });
    if (!input.text && !input.images?.length && !input.board && !input.filters?.length) {
      context.addIssue({ code: 'custom', message: 'give at least one of text, images, board or filters' });
    }
  });
export type SearchCatalogInput = z.output<typeof searchCatalogInputSchema>;

function price(value: number | null): string {
  if (value === null) return 'no price';
  return Number.isInteger(value) ? `$${value}` : `$${value.toFixed(2)}`;
}

/** One line per result, id first, so a model (or a rule-based policy) can read the ids back. */
export function resultLine(result: SearchResult): string {
  const parts = [
    result.id,
    result.title ?? '(untitled)',
    result.category ?? 'uncategorised',
    price(result.price),
  ];
  if (typeof result.metadata.color === 'string') parts.push(result.metadata.color);
  return parts.join(' — ');
}

async function queryImage(
  name: string,
  context: ToolCallContext,
  engine: SearchEngine,
): Promise<{ input: ImageInput; described: { name: string; assetId?: string; sha256?: string } }> {
  const image = await resolveImage(name, context, engine.store);
  // Catalog assets already have vectors; anything else is sent as bytes and embedded.
  if (image.origin.kind === 'catalog') {
    return { input: { assetId: image.origin.assetId }, described: { name, assetId: image.origin.assetId } };
  }
  const bytes = await engine.store.blobs.read(image.sha256);
  return { input: { base64: bytes.toString('base64') }, described: { name, sha256: image.sha256 } };
}

/**
 * Registers a result under its asset id with its thumbnail: what the model sees of a result. Zoom
 * still crops a catalog image from the full-resolution asset (see zoom-tool.ts).
 */
async function attachThumbnail(
  result: SearchResult,
  context: ToolCallContext,
  engine: SearchEngine,
): Promise<ConversationImage> {
  const existing = context.images.get(result.id);
  if (existing) return existing;
  const origin = { kind: 'catalog', assetId: result.id } as const;
  if (result.thumbnailSha256 !== null) {
    const bytes = await engine.store.blobs.read(result.thumbnailSha256);
    const info = await sharp(bytes, { limitInputPixels: false }).metadata();
    const mediaType = webMediaType(info.format);
    if (mediaType) {
      const { width, height } = info;
      return context.images.addNamed({
        name: result.id,
        sha256: result.thumbnailSha256,
        mediaType,
        width,
        height,
        origin,
      });
    }
  }
  return resolveImage(result.id, context, engine.store);
}

export function createSearchCatalogTool(engine: SearchEngine): Tool<SearchCatalogInput> {
  return {
    name: 'search_catalog',
    description:
      'Search the product catalog by text, by images (conversation image names or asset ids), by a ' +
      "user's board, and/or with exact filters on item fields (category, price, color, pattern.kind, …). " +
      'Returns one line per item: asset id — title — category — price — colour, with thumbnails of the ' +
      'first results.',
    inputSchema: searchCatalogInputSchema,
    async execute(input, context) {
      const images = await Promise.all((input.images ?? []).map((name) => queryImage(name, context, engine)));
      const request: SearchRequest = { k: input.k, filters: input.filters ?? [] };
      if (input.text) request.text = input.text;
      if (input.board) request.board = input.board;
      if (images.length > 0) request.images = images.map((image) => image.input);
      const response = await engine.search(request);
      const attached: ConversationImage[] = [];
      for (const result of response.results.slice(0, Math.min(input.k, MAX_ATTACHED))) {
        attached.push(await attachThumbnail(result, context, engine));
      }
      const header =
        response.results.length === 0
          ? 'No catalog item matched.'
          : `${response.results.length} result${response.results.length === 1 ? '' : 's'} (thumbnails attached: ${attached.map((image) => image.name).join(', ')}):`;
      return {
        text: [header, ...response.results.map(resultLine)].join('\n'),
        images: attached,
        data: {
          results: response.results.map((result) => ({
            id: result.id,
            title: result.title,
            category: result.category,
            price: result.price,
            sha256: result.sha256,
            thumbnailSha256: result.thumbnailSha256,
            score: result.score,
            why: result.why,
          })),
          // The request as the model gave it, images by name: base64 bytes would bloat every trace.
          request: {
            ...(input.text ? { text: input.text } : {}),
            ...(images.length > 0 ? { images: images.map((image) => image.described) } : {}),
            ...(input.board ? { board: input.board } : {}),
            filters: input.filters ?? [],
            k: input.k,
          },
        },
      };
    },
  };
}
