import { z } from 'zod';
import { AtelierError, type ToolDefinition } from '../core/index.ts';
import type { Tool } from './tool.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Bounds zod writes for every integer; they say nothing and cost the model tokens on every turn. */
function isSafeIntegerBound(key: string, value: Json): boolean {
  return (
    (key === 'minimum' && value === Number.MIN_SAFE_INTEGER) ||
    (key === 'maximum' && value === Number.MAX_SAFE_INTEGER)
  );
}

function withoutNoise(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutNoise);
  if (value === null || typeof value !== 'object') return value;
  const kept: { [key: string]: Json } = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === '$schema' || isSafeIntegerBound(key, inner)) continue;
    kept[key] = withoutNoise(inner);
  }
  return kept;
}

/**
 * The JSON Schema a model is shown for a tool's arguments, generated from the same zod schema that
 * checks them. It describes the input side (fields with defaults are optional) and is a plain
 * `{type: 'object', properties: …}`, the only shape OpenAI-compatible servers take as parameters.
 */
export function toolParameters(tool: Tool): Record<string, unknown> {
  const generated = z.toJSONSchema(tool.inputSchema, { io: 'input', unrepresentable: 'any' });
  // A JSON round trip leaves plain data only, whatever zod attached.
  const schema = withoutNoise(JSON.parse(JSON.stringify(generated)) as Json);
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema) || schema.type !== 'object') {
    throw new AtelierError('INTERNAL', `the input schema of tool ${tool.name} is not an object schema`, {
      hint: 'Tool arguments must be a z.object(…): models call tools with a JSON object.',
    });
  }
  return { ...schema, properties: schema.properties ?? {} };
}

export function toolDefinitions(tools: readonly Tool[]): ToolDefinition[] {
  return tools.map((tool) => ({
    name: tool.name,
    description: tool.description,
    parameters: toolParameters(tool),
  }));
}
