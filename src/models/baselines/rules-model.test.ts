import { describe, expect, it } from 'vitest';
import type { ChatRequest, ContentPart, Message, ToolDefinition } from '../../core/index.ts';
import { parsePrompt } from '../../world/index.ts';
import { NEEDS_TOOLS, NOT_UNDERSTOOD } from './rules/rules-policy.ts';
import { readsAsFilter } from './rules/test-support/filter-grammar.ts';
import { createRulesModel } from './rules-model.ts';

const TOOLS: ToolDefinition[] = ['search_catalog', 'generate_image', 'get_board', 'zoom'].map((name) => ({
  name,
  description: `the ${name} tool`,
  parameters: { type: 'object' },
}));

const skirtPhoto: ContentPart = { type: 'image', mediaType: 'image/png', data: new Uint8Array([1, 2, 3]) };

function user(text: string, ...images: ContentPart[]): Message {
  return { role: 'user', content: [{ type: 'text', text }, ...images] };
}

function toolResult(id: string, toolName: string, text: string, isError = false): Message {
  const message: Message = { role: 'tool', toolCallId: id, toolName, content: [{ type: 'text', text }] };
  return isError ? { ...message, isError } : message;
}

async function decide(messages: Message[], extra: Partial<ChatRequest> = {}) {
  const response = await createRulesModel().complete({ messages, tools: TOOLS, ...extra });
  const calls = response.message.toolCalls.map((call) => ({
    id: call.id,
    name: call.name,
    arguments: JSON.parse(call.arguments) as Record<string, unknown>,
  }));
  return { response, calls, content: response.message.content };
}

/** The conversation so far plus the assistant message that made `decision`'s calls. */
function withCalls(messages: Message[], decision: Awaited<ReturnType<typeof decide>>): Message[] {
  return [...messages, decision.response.message];
}

describe('createRulesModel', () => {
  it('is a baseline that spends no tokens', async () => {
    const model = createRulesModel();
    expect(model).toMatchObject({ id: 'rules', kind: 'baseline', label: 'rules (baseline)' });
    const { response } = await decide([user('find a navy skirt under $60')]);
    expect(response.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
    expect(response.finishReason).toBe('tool_calls');
    expect(response.model).toBe('rules');
  });

  it('searches for a navy skirt under $60 with the parsed attributes as filters', async () => {
    const { calls, content } = await decide([user('find a navy skirt under $60')]);
    expect(calls).toEqual([
      {
        id: 'rules-1',
        name: 'search_catalog',
        arguments: { text: 'navy skirt', filters: ['category=skirt', 'color=navy', 'price<60'] },
      },
    ]);
    expect(content).toBe('rules: search with category=skirt, color=navy, price<60, text "navy skirt"');
  });

  it('reads price limits the way shoppers say them', async () => {
    const cases: [string, string[]][] = [
      ['search for leopard print heels less than 60 dollars', ['price<60']],
      ['recommend a striped shirt below 60', ['price<60']],
      ['find a coat over $100', ['price>100']],
      ['find a bag for $30 or less', ['price<=30']],
      ['find a coat between $100 and $200', ['price>=100', 'price<=200']],
    ];
    for (const [text, prices] of cases) {
      const { calls } = await decide([user(text)]);
      const filters = calls[0]?.arguments.filters as string[];
      expect(
        filters.filter((filter) => filter.startsWith('price')),
        text,
      ).toEqual(prices);
    }
  });

  it('searches with the photo and a top category, not the skirt it must go with', async () => {
    const { calls } = await decide([user('find a top under $60 that goes with this skirt', skirtPhoto)]);
    expect(calls).toEqual([
      {
        id: 'rules-1',
        name: 'search_catalog',
        arguments: {
          text: 'top',
          images: ['image-1'],
          filters: ['category in top,shirt,blouse,knitwear', 'price<60'],
        },
      },
    ]);
  });

  it('excludes the pictured category when the request names no other', async () => {
    const { calls } = await decide([user('find something that goes with this skirt', skirtPhoto)]);
    expect(calls[0]?.arguments).toEqual({ images: ['image-1'], filters: ['category!=skirt'] });
  });

  it('writes only filters that the search filter grammar reads', async () => {
    const requests = [
      'find a navy skirt under $60',
      'find a top under $60 that goes with this skirt',
      'do you have a minimalist v-neck black silk dress with thin vertical white stripes over $100?',
      'find boots with a low heel and a gold zip, two pockets, a small red star logo on the top left',
      'find wool knit sweaters with contrast red stitching for winter, something formal',
      'find a coat with pockets between $100 and $200',
    ];
    for (const text of requests) {
      const { calls } = await decide([user(text, skirtPhoto)]);
      const filters = calls[0]?.arguments.filters as string[];
      expect(filters.length, text).toBeGreaterThan(0);
      for (const filter of filters) expect(readsAsFilter(filter), filter).toBe(true);
    }
  });

  it("keeps within the search tool's 16 filters, category and price first", async () => {
    const { calls } = await decide([
      user(
        'find a formal winter navy blazer with thin vertical white stripes, three gold buttons, two pockets, long sleeves, a slim fit, notched lapels, a small red star logo on the top left, contrast pink stitching, under $300',
      ),
    ]);
    const filters = calls[0]?.arguments.filters as string[];
    expect(filters).toHaveLength(16);
    expect(filters[0]).toBe('category=jacket');
    expect(filters.at(-1)).toBe('price<300');
  });

  it('renders "this jacket with wide-leg jeans" as an outfit prompt the world parser reads', async () => {
    const { calls, content } = await decide([user('show me this jacket with wide-leg jeans', skirtPhoto)]);
    expect(calls).toEqual([
      { id: 'rules-1', name: 'generate_image', arguments: { prompt: 'jacket with wide-leg jeans' } },
    ]);
    const garments = String(calls[0]?.arguments.prompt)
      .split(' with ')
      .map((text) => parsePrompt(text));
    expect(garments.map((garment) => garment.attributes)).toEqual([
      { category: 'jacket' },
      { category: 'jeans', parts: { fit: 'wide' } },
    ]);
    expect(content).toMatch(/image-1 is not described/);
  });

  it('takes the look of "it" from the search results earlier in the conversation', async () => {
    const history: Message[] = [
      user('find a navy pinstripe blazer'),
      {
        role: 'assistant',
        content: 'rules: search',
        toolCalls: [{ id: 'rules-1', name: 'search_catalog', arguments: '{"text":"navy pinstripe jacket"}' }],
      },
      toolResult(
        'rules-1',
        'search_catalog',
        '2 results (thumbnails attached: item-000042, item-000311):\nitem-000042 — Navy Pinstripe Slim-Fit Blazer — jacket — $89.99 — navy\nitem-000311 — Navy Blazer — jacket — $120 — navy',
      ),
      { role: 'assistant', content: 'The catalog search found 2.', toolCalls: [] },
    ];
    const { calls, content } = await decide([
      ...history,
      user('what would it look like with wide-leg jeans?'),
    ]);
    expect(calls).toEqual([
      {
        id: 'rules-2',
        name: 'generate_image',
        arguments: { prompt: 'navy pinstripe slim-fit jacket with wide-leg jeans' },
      },
    ]);
    expect(content).toContain('item-000042 — Navy Pinstripe Slim-Fit Blazer');
    const [blazer] = String(calls[0]?.arguments.prompt)
      .split(' with ')
      .map((text) => parsePrompt(text));
    expect(blazer?.attributes).toEqual({
      category: 'jacket',
      color: 'navy',
      pattern: { kind: 'pinstripe' },
      parts: { fit: 'slim' },
    });
  });

  it('reads the board named in the system prompt for "what\'s on my board", then says the taste', async () => {
    const start: Message[] = [{ role: 'system', content: 'board: user-001' }, user("what's on my board")];
    const first = await decide(start);
    expect(first.calls).toEqual([{ id: 'rules-1', name: 'get_board', arguments: { user: 'user-001' } }]);
    const second = await decide([
      ...withCalls(start, first),
      toolResult(
        'rules-1',
        'get_board',
        'Board of user-001: 2 saved items.\nitem-000001 — Navy Blazer — jacket\nitem-000002 — White Tee — top\nTaste inferred from 2 items: archetypes minimalist 0.7, classic 0.3; formality 3 of 5.',
      ),
    ]);
    expect(second.calls).toEqual([]);
    expect(second.response.finishReason).toBe('stop');
    expect(second.content).toBe(
      'The board says:\nBoard of user-001: 2 saved items.\nTaste inferred from 2 items: archetypes minimalist 0.7, classic 0.3; formality 3 of 5.',
    );
  });

  it('asks for a user when the board is wanted but nobody is named', async () => {
    const { calls, content } = await decide([user("what's on my board")]);
    expect(calls).toEqual([]);
    expect(content).toMatch(/no user is named/);
  });

  it('reads the board, searches with it, then lists what it found', async () => {
    const start: Message[] = [user('find shoes for my taste under $90, my board is user-0007')];
    const first = await decide(start);
    expect(first.calls).toEqual([{ id: 'rules-1', name: 'get_board', arguments: { user: 'user-0007' } }]);
    const afterBoard = [
      ...withCalls(start, first),
      toolResult(
        'rules-1',
        'get_board',
        'Board of user-0007: 18 saved items.\nTaste inferred from 18 items: archetypes edgy 0.8, streetwear 0.2.',
      ),
    ];
    const second = await decide(afterBoard);
    expect(second.calls).toEqual([
      {
        id: 'rules-2',
        name: 'search_catalog',
        arguments: {
          text: 'shoes',
          board: 'user-0007',
          filters: ['category in sneakers,boots,heels,loafers', 'price<90'],
        },
      },
    ]);
    const third = await decide([
      ...withCalls(afterBoard, second),
      toolResult(
        'rules-2',
        'search_catalog',
        '2 results (thumbnails attached: item-000101, item-000245):\nitem-000101 — Black Leather Ankle Boots — boots — $79.99 — black\nitem-000245 — Charcoal Suede Boots — boots — $64.99 — charcoal',
      ),
    ]);
    expect(third.calls).toEqual([]);
    expect(third.content).toContain('archetypes edgy 0.8, streetwear 0.2.');
    expect(third.content).toContain('- item-000101 — Black Leather Ankle Boots — boots — $79.99 — black');
    expect(third.content).toContain('- item-000245 — Charcoal Suede Boots — boots — $64.99 — charcoal');
    expect(third.content).not.toContain('- 2 results');
  });

  it('searches, then renders the best result with the pictured skirt, then reports both', async () => {
    const start: Message[] = [
      user('find a top that goes with this skirt and show me the outfit', skirtPhoto),
    ];
    const first = await decide(start);
    expect(first.calls.map((call) => call.name)).toEqual(['search_catalog']);
    const afterSearch = [
      ...withCalls(start, first),
      toolResult(
        'rules-1',
        'search_catalog',
        '2 results (thumbnails attached: item-000007, item-000008):\nitem-000007 — Ivory Silk V-Neck Blouse — blouse — $45.99 — ivory\nitem-000008 — White Tee — top — $12 — white',
      ),
    ];
    const second = await decide(afterSearch);
    expect(second.calls).toEqual([
      { id: 'rules-2', name: 'generate_image', arguments: { prompt: 'ivory silk v-neck blouse with skirt' } },
    ]);
    const third = await decide([
      ...withCalls(afterSearch, second),
      {
        role: 'tool',
        toolCallId: 'rules-2',
        toolName: 'generate_image',
        content: [
          {
            type: 'text',
            text: 'generated-1: 512×512 image of "ivory silk v-neck blouse with skirt" from the world renderer (seed 1).',
          },
          { type: 'image', mediaType: 'image/png', data: new Uint8Array([9]), name: 'generated-1' },
        ],
      },
    ]);
    expect(third.calls).toEqual([]);
    expect(third.content).toContain('item-000007');
    expect(third.content).toContain(
      'Generated generated-1 from the prompt "ivory silk v-neck blouse with skirt".',
    );
  });

  it('says plainly when a tool failed, and does not call it again', async () => {
    const start: Message[] = [user('find a navy skirt under $60')];
    const first = await decide(start);
    const { calls, content, response } = await decide([
      ...withCalls(start, first),
      toolResult('rules-1', 'search_catalog', 'INDEX_MISSING: no catalog index in /tmp/home', true),
    ]);
    expect(calls).toEqual([]);
    expect(response.finishReason).toBe('stop');
    expect(content).toBe('The search_catalog tool failed: INDEX_MISSING: no catalog index in /tmp/home');
  });

  it('says when a search found nothing', async () => {
    const start: Message[] = [user('find a navy skirt under $60')];
    const first = await decide(start);
    const { content } = await decide([
      ...withCalls(start, first),
      toolResult('rules-1', 'search_catalog', 'No catalog item matched.'),
    ]);
    expect(content).toBe('The catalog search found nothing that matches (No catalog item matched.).');
  });

  it('stops after three tool rounds even with steps left', async () => {
    const messages: Message[] = [user('find a navy skirt under $60')];
    for (const id of ['z-1', 'z-2', 'z-3']) {
      messages.push(
        { role: 'assistant', content: '', toolCalls: [{ id, name: 'zoom', arguments: '{}' }] },
        toolResult(id, 'zoom', `Cropped into ${id}.`),
      );
    }
    const { calls, content } = await decide(messages);
    expect(calls).toEqual([]);
    expect(content).toContain('zoom: Cropped into z-3.');
  });

  it('answers in text, without tool calls, when no tools are offered', async () => {
    const model = createRulesModel();
    const bare = await model.complete({ messages: [user('find a navy skirt under $60')] });
    expect(bare.message).toEqual({ role: 'assistant', content: NEEDS_TOOLS, toolCalls: [] });
    const refused = await model.complete({
      messages: [user('find a navy skirt')],
      tools: TOOLS,
      toolChoice: 'none',
    });
    expect(refused.message.content).toBe(NEEDS_TOOLS);
  });

  it('says what it can do when it does not understand', async () => {
    for (const text of ['hello there', 'what colour is this skirt?']) {
      const { calls, content } = await decide([user(text, skirtPhoto)]);
      expect(calls).toEqual([]);
      expect(content).toBe(NOT_UNDERSTOOD);
    }
  });

  it('says which tool is missing when the request needs one that is not offered', async () => {
    const response = await createRulesModel().complete({
      messages: [user('show me this jacket with wide-leg jeans')],
      tools: TOOLS.filter((tool) => tool.name !== 'generate_image'),
    });
    expect(response.message.toolCalls).toEqual([]);
    expect(response.message.content).toMatch(/needs the generate_image tool/);
  });

  it('decides the same way every time', async () => {
    const messages = [user('find a top under $60 that goes with this skirt', skirtPhoto)];
    const first = await decide(messages);
    const second = await decide(messages);
    expect(second.response.message).toEqual(first.response.message);
  });
});
