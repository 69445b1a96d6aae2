import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { searchCatalogInputSchema } from './search-catalog-tool.ts';
import type { Tool } from './tool.ts';
import { toolDefinitions } from './tool-definitions.ts';
import { zoomInputSchema } from './zoom-tool.ts';

const tool = (name: string, inputSchema: z.ZodType): Tool => ({
  name,
  description: `the ${name} tool`,
  inputSchema,
  execute: async () => ({ text: '', images: [] }),
});

describe('toolDefinitions', () => {
  it('turns the zod input schema into a plain JSON object schema, defaults optional', () => {
    const [search] = toolDefinitions([tool('search_catalog', searchCatalogInputSchema)]);
    expect(search!.name).toBe('search_catalog');
    expect(search!.description).toBe('the search_catalog tool');
    const parameters = search!.parameters as {
      type: string;
      properties: Record<string, { type?: string; minimum?: number; maximum?: number; default?: unknown }>;
      required?: string[];
    };
    expect(parameters).not.toHaveProperty('$schema');
    expect(parameters.type).toBe('object');
    expect(Object.keys(parameters.properties).sort()).toEqual(['board', 'filters', 'images', 'k', 'text']);
    expect(parameters.properties.k).toMatchObject({ type: 'integer', minimum: 1, maximum: 24, default: 8 });
    expect(parameters.required ?? []).toEqual([]);
    expect(Object.getPrototypeOf(parameters)).toBe(Object.prototype);
  });

  it('leaves out the safe-integer bounds zod writes for unbounded integers', () => {
    const [definition] = toolDefinitions([tool('count', z.object({ n: z.number().int() }))]);
    expect(definition!.parameters).toEqual({
      type: 'object',
      properties: { n: { type: 'integer' } },
      required: ['n'],
    });
  });

  it('writes the zoom box as a four-number array, which every server accepts', () => {
    const [zoom] = toolDefinitions([tool('zoom', zoomInputSchema)]);
    const box = (zoom!.parameters as { properties: Record<string, unknown> }).properties.box;
    expect(box).toMatchObject({ type: 'array', minItems: 4, maxItems: 4, items: { type: 'number' } });
  });

  it('gives a tool without arguments an empty properties object', () => {
    const [definition] = toolDefinitions([tool('ping', z.object({}))]);
    expect(definition!.parameters).toMatchObject({ type: 'object', properties: {} });
  });

  it('refuses a schema that is not an object', () => {
    expect(() => toolDefinitions([tool('bad', z.string())])).toThrow(/not an object schema/);
  });
});
