import { openingMessages, runAgent } from '../../agent/index.ts';
import { createModel, type MockScriptInput, startMockServer } from '../../models/index.ts';
import { addUploadedImage, createConversationImages } from '../../tools/index.ts';
import { openAssistantServices } from '../assistant-services.ts';

export interface DemoConversation {
  /** Who answered, labelled for what it is (a baseline, or a scripted server standing in for a VLM). */
  label: string;
  question: string;
  toolCalls: { name: string; arguments: string; ok: boolean; result: string }[];
  answer: string;
  images: { name: string; path: string; origin: string }[];
  traceId: string | undefined;
}

/**
 * What a VLM served with vLLM would do, played by the scripted OpenAI-compatible mock server over
 * real HTTP: search, zoom into the user's photo, then render a look. It exercises the same client,
 * retry layer, tools and traces as a real model; it is not a model and is never labelled as one.
 */
const SCRIPTED_VLM: MockScriptInput = {
  steps: [
    {
      match: { lastRole: 'user' },
      respond: {
        text: 'Searching the catalog first.',
        toolCalls: [{ name: 'search_catalog', arguments: { text: 'navy blazer', k: 3 } }],
      },
    },
    {
      match: { toolResultFor: 'search_catalog' },
      respond: { toolCalls: [{ name: 'zoom', arguments: { image: 'image-1', box: [128, 96, 384, 352] } }] },
    },
    {
      match: { toolResultFor: 'zoom' },
      respond: {
        toolCalls: [
          {
            name: 'generate_image',
            arguments: { prompt: 'navy pinstripe blazer with two gold buttons', seed: 7 },
          },
        ],
      },
    },
    {
      match: { toolResultFor: 'generate_image' },
      respond: {
        text: 'I found three navy blazers, checked the buttons on your photo, and rendered generated-1.',
      },
    },
  ],
};

/** The first catalog item of a category, as the user's photo. */
function catalogPhoto(services: Awaited<ReturnType<typeof openAssistantServices>>, category: string) {
  const row = services.store.sqlite
    .prepare<[string], { sha256: string; id: string }>(
      'SELECT sha256, id FROM assets WHERE category = ? ORDER BY key LIMIT 1',
    )
    .get(category);
  return row;
}

export async function demoAssistant(home: string, signal: AbortSignal): Promise<DemoConversation[]> {
  const services = await openAssistantServices(home);
  const server = await startMockServer({ script: SCRIPTED_VLM });
  try {
    const conversations: DemoConversation[] = [];
    const runs = [
      {
        model: await createModel('rules', {}),
        question: 'find a top under $60 that goes with this skirt',
        photo: catalogPhoto(services, 'skirt'),
      },
      {
        model: await createModel(`openai-compatible:${server.url}#scripted-vlm`, { env: {}, cache: 'off' }),
        label: 'scripted mock server (stands in for a VLM served with vLLM; not a model)',
        question: 'find me a navy blazer, check the buttons on this one, and show me the look',
        photo: catalogPhoto(services, 'jacket') ?? catalogPhoto(services, 'skirt'),
      },
    ];
    for (const run of runs) {
      const images = createConversationImages();
      const uploads = run.photo
        ? [
            await addUploadedImage(
              images,
              services.store,
              await services.store.blobs.read(run.photo.sha256),
              { path: `${run.photo.id}.png` },
            ),
          ]
        : [];
      const result = await runAgent({
        model: run.model,
        tools: services.tools,
        messages: await openingMessages(
          { text: run.question, images: uploads, tools: services.tools.map((tool) => tool.name) },
          services.store.blobs,
        ),
        images,
        store: services.store,
        signal,
      });
      conversations.push({
        label: 'label' in run && run.label ? run.label : run.model.label,
        question: run.question,
        toolCalls: result.toolCalls.map((call) => ({
          name: call.name,
          arguments: call.arguments,
          ok: call.ok,
          result: call.resultText.split('\n')[0] ?? '',
        })),
        answer: result.answer,
        images: [...uploads, ...result.toolCalls.flatMap((call) => call.images)].map((image) => ({
          name: image.name,
          path: services.store.blobs.path(image.sha256),
          origin: image.origin.kind,
        })),
        traceId: result.traceId,
      });
    }
    return conversations;
  } finally {
    await server.close();
    await services.close();
  }
}

export function formatConversations(conversations: DemoConversation[], home: string): string[] {
  return conversations.flatMap((conversation) => [
    `assistant — ${conversation.label}`,
    `  user: ${conversation.question}${conversation.images.some((image) => image.origin === 'upload') ? ' [photo attached as image-1]' : ''}`,
    ...conversation.toolCalls.map(
      (call) => `  ${call.ok ? '→' : '✗'} ${call.name} ${call.arguments}\n      ${call.result.slice(0, 140)}`,
    ),
    `  answer: ${conversation.answer.split('\n').join('\n          ')}`,
    ...conversation.images
      .filter((image) => image.origin !== 'catalog')
      .map((image) => `  ${image.name} (${image.origin}): ${image.path}`),
    `  trace: atelier trace ${conversation.traceId} --home ${home}`,
    '',
  ]);
}
