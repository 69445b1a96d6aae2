import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type SSEStreamingApi, streamSSE } from 'hono/streaming';
import { type AgentEvent, openingMessages, runAgent } from '../agent/index.ts';
import { AtelierError, type Message, toAtelierError } from '../core/index.ts';
import { type ChatModel, createModel, safeParseModelSpec } from '../models/index.ts';
import type { SearchEngine } from '../search/index.ts';
import type { Store } from '../store/index.ts';
import {
  addUploadedImage,
  type ConversationImage,
  type ConversationImages,
  createAssistantTools,
  createConversationImages,
  findCatalogImage,
  type Tool,
} from '../tools/index.ts';
import { errorResponse } from './api-error.ts';
import { imageUrls } from './api-urls.ts';
import { type ChatOptions, DEFAULT_CHAT_MODELS } from './chat-options.ts';
import {
  base64Bytes,
  CHAT_BODY_LIMIT,
  type ChatRequestBody,
  type ChatTurn,
  chatRequestSchema,
} from './chat-request.ts';
import { withImageUrls } from './image-urls-deep.ts';
import { parseJsonBody } from './request-input.ts';

const CHAT_HINT =
  'POST {"message": "…", "model"?: NAME, "images"?: [{"base64": …} | {"assetId": …}], "board"?: USER, ' +
  '"history"?: [{"role": "user" | "assistant", "text": "…"}]}; GET /api/models lists the models.';

/**
 * Earlier turns go between the system prompt and the new user message, as text only: their images
 * are not resent, and an empty turn (an answer that was interrupted) would only confuse a model.
 */
function withHistory(opening: Message[], history: readonly ChatTurn[]): Message[] {
  const turns: Message[] = history
    .filter((turn) => turn.text.trim() !== '')
    .map((turn) =>
      turn.role === 'user'
        ? { role: 'user', content: [{ type: 'text', text: turn.text }] }
        : { role: 'assistant', content: turn.text, toolCalls: [] },
    );
  const systemCount = opening.findIndex((message) => message.role !== 'system');
  const split = systemCount < 0 ? opening.length : systemCount;
  return [...opening.slice(0, split), ...turns, ...opening.slice(split)];
}

/**
 * 'baseline' for the offline baselines (random, oracle, rules, any text-only: blind variant), so the
 * model picker labels them before a turn starts; names from the config count as models.
 */
function modelKindOf(name: string): 'baseline' | 'model' {
  const parsed = safeParseModelSpec(name);
  if (!parsed.success) return 'model';
  const { kind } = parsed.data;
  return kind === 'random' || kind === 'oracle' || kind === 'rules' || kind === 'text-only'
    ? 'baseline'
    : 'model';
}

/** An image of the conversation as a tool card shows it: URLs, size and where it came from. */
function imageView(image: ConversationImage, images: ConversationImages) {
  const source = image.origin.kind === 'crop' ? images.get(image.origin.source) : undefined;
  return {
    name: image.name,
    ...imageUrls(image.sha256),
    sha256: image.sha256,
    mediaType: image.mediaType,
    width: image.width,
    height: image.height,
    origin: image.origin,
    // A crop's box is drawn on its source, so the card needs the source image too.
    ...(source
      ? {
          source: {
            name: source.name,
            ...imageUrls(source.sha256),
            width: source.width,
            height: source.height,
          },
        }
      : {}),
  };
}

async function registerImages(
  body: ChatRequestBody,
  store: Store,
  images: ConversationImages,
): Promise<ConversationImage[]> {
  const attached: ConversationImage[] = [];
  for (const [index, image] of body.images.entries()) {
    if ('base64' in image) {
      // addUploadedImage decodes with a pixel limit and refuses anything that is not a raster image.
      attached.push(
        await addUploadedImage(images, store, base64Bytes(image.base64), { path: `upload ${index + 1}` }),
      );
      continue;
    }
    const asset = await findCatalogImage(store, image.assetId);
    if (!asset) {
      throw new AtelierError('NOT_FOUND', `no asset "${image.assetId}" in the catalog`, {
        hint: 'Attach catalog items by an id from GET /api/assets or a search result.',
      });
    }
    attached.push(
      images.addNamed({
        name: asset.assetId,
        sha256: asset.sha256,
        mediaType: 'image/png',
        width: asset.width,
        height: asset.height,
        origin: { kind: 'catalog', assetId: asset.assetId },
      }),
    );
  }
  return attached;
}

/**
 * POST /chat: one assistant turn, streamed as Server-Sent Events — `start`, `text` deltas,
 * `tool-start` and `tool-end` cards, `model-call` records and a final `done` with the answer, stop
 * reason and trace id (or `error`). Everything a client can get wrong (model, images, board) is
 * checked before the stream opens, so it comes back as an ordinary 4xx JSON error.
 * GET /models: the models a chat may name.
 */
export function chatRoutes(store: Store, search: SearchEngine | undefined, options: ChatOptions = {}): Hono {
  const routes = new Hono();
  const models = options.models && options.models.length > 0 ? options.models : DEFAULT_CHAT_MODELS;
  const build = options.createModel ?? ((name: string) => createModel(name, { store }));
  let sharedTools: Tool[] | undefined = options.tools;
  const toolList = () => {
    sharedTools ??= createAssistantTools({ store, ...(search ? { search } : {}) });
    return sharedTools;
  };
  const boardExists = store.sqlite.prepare<[string], { user_id: string }>(
    'SELECT user_id FROM boards WHERE user_id = ?',
  );

  routes.get('/models', (context) =>
    context.json({ default: models[0], models: models.map((name) => ({ name, kind: modelKindOf(name) })) }),
  );

  routes.post(
    '/chat',
    bodyLimit({
      maxSize: CHAT_BODY_LIMIT,
      onError: (context) =>
        errorResponse(
          context,
          new AtelierError('PAYLOAD_TOO_LARGE', `request body over ${CHAT_BODY_LIMIT / 1024 / 1024} MiB`, {
            hint: 'Send fewer or smaller images, or attach catalog items by assetId.',
          }),
        ),
    }),
    async (context) => {
      let model: ChatModel;
      let body: ChatRequestBody;
      let images: ConversationImages;
      let attached: ConversationImage[];
      try {
        body = await parseJsonBody(context, chatRequestSchema, CHAT_HINT);
        const name = body.model ?? (models[0] as string);
        if (!models.includes(name)) {
          throw new AtelierError('INVALID_ARGUMENT', `model "${name}" is not offered by this server`, {
            hint: `Choose one of: ${models.join(', ')} (start "atelier serve" with --model to offer others).`,
          });
        }
        if (body.board !== undefined && !boardExists.get(body.board)) {
          throw new AtelierError('NOT_FOUND', `no board for user "${body.board}"`, {
            hint: 'GET /api/boards lists the users with boards.',
          });
        }
        images = createConversationImages();
        attached = await registerImages(body, store, images);
        model = await build(name);
      } catch (error) {
        return errorResponse(context, error);
      }
      const controller = new AbortController();
      return streamSSE(context, async (stream: SSEStreamingApi) => {
        stream.onAbort(() => controller.abort());
        // onEvent is synchronous; writes are chained so events keep their order.
        let writing = Promise.resolve();
        const send = (event: string, data: unknown) => {
          writing = writing.then(() =>
            stream.aborted ? undefined : stream.writeSSE({ event, data: JSON.stringify(data) }),
          );
        };
        const onEvent = (event: AgentEvent) => {
          if (event.type === 'text') send('text', { step: event.step, delta: event.delta });
          else if (event.type === 'model-call') send('model-call', event.record);
          else if (event.type === 'tool-start') {
            send('tool-start', {
              step: event.step,
              callId: event.callId,
              name: event.name,
              arguments: event.arguments,
            });
          } else {
            const { record } = event;
            send('tool-end', {
              step: record.step,
              callId: record.callId,
              name: record.name,
              arguments: record.arguments,
              ok: record.ok,
              resultText: record.resultText,
              ...(record.errorCode ? { errorCode: record.errorCode } : {}),
              images: record.images.map((image) => imageView(image, images)),
              data: withImageUrls(record.data ?? null),
              latencyMs: record.latencyMs,
            });
          }
        };
        try {
          const tools = toolList();
          send('start', {
            model: model.id,
            label: model.label,
            kind: model.kind,
            tools: tools.map((tool) => tool.name),
            images: attached.map((image) => imageView(image, images)),
          });
          const opening = await openingMessages(
            {
              text: body.message,
              images: attached,
              tools: tools.map((tool) => tool.name),
              ...(body.board ? { board: body.board } : {}),
            },
            store.blobs,
          );
          const messages = withHistory(opening, body.history);
          const result = await runAgent({
            model,
            tools,
            messages,
            images,
            store,
            maxSteps: body.maxSteps ?? options.maxSteps ?? 8,
            signal: controller.signal,
            onEvent,
          });
          send('done', {
            answer: result.answer,
            stopReason: result.stopReason,
            traceId: result.traceId ?? null,
            steps: result.steps,
            usage: result.usage,
            latencyMs: result.latencyMs,
            ...(result.error ? { error: result.error } : {}),
          });
        } catch (error) {
          send('error', toAtelierError(error).toJSON());
        } finally {
          await writing.catch(() => undefined);
          await model.close?.();
        }
      });
    },
  );
  return routes;
}
