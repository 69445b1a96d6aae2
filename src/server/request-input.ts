import type { Context } from 'hono';
import type { z } from 'zod';
import { AtelierError } from '../core/index.ts';
import { invalidRequest } from './api-error.ts';

/** Checks a route's query string against a zod schema; a bad value is a 400 naming the parameter. */
export function parseQuery<Schema extends z.ZodType>(
  context: Context,
  schema: Schema,
  hint: string,
): z.output<Schema> {
  const parsed = schema.safeParse(context.req.query());
  if (!parsed.success) throw invalidRequest('query parameter', parsed.error.issues[0], hint);
  return parsed.data;
}

/** Reads a JSON body and checks it; text that is not JSON and a wrong shape are both 400s. */
export async function parseJsonBody<Schema extends z.ZodType>(
  context: Context,
  schema: Schema,
  hint: string,
): Promise<z.output<Schema>> {
  let body: unknown;
  try {
    body = await context.req.json();
  } catch {
    throw new AtelierError('INVALID_ARGUMENT', 'request body is not JSON', { hint });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidRequest('request', parsed.error.issues[0], hint);
  return parsed.data;
}
