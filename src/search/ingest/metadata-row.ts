import { z } from 'zod';
import type { ReadResult } from './source-record.ts';

/**
 * The fields Atelier understands in a user's metadata.jsonl or metadata.csv row. Every other field is
 * kept untouched in the asset's metadata, where filters can reach it.
 */
const NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value === undefined || value === null || value.trim() === '' ? null : value.trim()));

const priceSchema = z
  .union([z.number(), z.string().trim().regex(NUMBER_TEXT, 'must be a number')])
  .transform(Number)
  .pipe(z.number('must be a finite number').nonnegative('must not be negative'))
  .nullish();

const tagsSchema = z
  .union([z.array(z.union([z.string(), z.number()])), z.string()])
  .nullish()
  .transform((value, context) => {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value.map(String);
    const text = value.trim();
    if (!text.startsWith('[')) return text.split(/[,;]/);
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // reported below
    }
    context.addIssue({ code: 'custom', message: 'looks like a JSON array but is not one' });
    return z.NEVER;
  })
  .transform((tags) => [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))]);

export const metadataRowSchema = z.looseObject({
  id: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((value) =>
      value === undefined || value === null || String(value).trim() === '' ? null : String(value).trim(),
    ),
  image: z.string({ error: 'is missing (every row needs the image path or URL)' }).trim().min(1, 'is empty'),
  title: optionalText,
  description: optionalText,
  caption: optionalText,
  tags: tagsSchema,
  category: optionalText,
  price: priceSchema,
});

/** `price: must be a number; image: is missing …` — short enough for one line per skipped row. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Checks one parsed row and turns it into a source record; the id defaults to the image reference. */
export function metadataRowToRecord(row: unknown, origin: string): ReadResult {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) {
    return { ok: false, skipped: { source: origin, reason: 'the row is not a JSON object' } };
  }
  const result = metadataRowSchema.safeParse(row);
  if (!result.success)
    return { ok: false, skipped: { source: origin, reason: describeIssues(result.error) } };
  const { id, image, title, description, caption, tags, category, price } = result.data;
  const assetId = id ?? image;
  // The stored record keeps every field, with tags and price in their checked form so that filters
  // compare numbers with numbers.
  const metadata: Record<string, unknown> = { ...(row as Record<string, unknown>), id: assetId, tags };
  if (price === null || price === undefined) delete metadata.price;
  else metadata.price = price;
  return {
    ok: true,
    record: {
      origin,
      id: assetId,
      image,
      title,
      description,
      caption,
      tags,
      category,
      price: price ?? null,
      metadata,
    },
  };
}

/** CSV cells are text: numbers and booleans in the columns Atelier does not interpret become values. */
const TEXT_COLUMNS = new Set(['id', 'image', 'title', 'description', 'caption', 'tags', 'category']);

export function csvCellValue(column: string, cell: string): string | number | boolean | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  if (TEXT_COLUMNS.has(column)) return text;
  // Leading zeros (zip codes, SKUs) stay text: turning "007" into 7 would lose what the user wrote.
  if (NUMBER_TEXT.test(text) && !/^-?0\d/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}
