import { z } from 'zod';
import { AtelierError } from '../core/index.ts';

/**
 * Metadata filters: equality, set membership and numeric ranges on any field of an asset's record.
 * A field is a top-level column (category, price, id, title) or a dotted path into the metadata JSON
 * (color, pattern.kind, parts.buttons, details.logo.shape). Values are bound as SQL parameters and
 * field names are checked against a strict pattern, so a filter can never inject SQL.
 */
export const FILTER_OPERATORS = ['=', '!=', '<', '<=', '>', '>=', 'in'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];
export type FilterValue = string | number | boolean;

const FIELD_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;

export const filterSchema = z.object({
  field: z.string().regex(FIELD_PATTERN, 'a field name or dotted path such as pattern.kind'),
  op: z.enum(FILTER_OPERATORS),
  value: z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.array(z.union([z.string(), z.number(), z.boolean()])).min(1),
  ]),
});
export type Filter = z.infer<typeof filterSchema>;

/** Columns of the assets table that filters address directly rather than through the JSON. */
const COLUMNS = new Set(['id', 'category', 'price', 'title', 'width', 'height']);

function coerce(raw: string): FilterValue {
  const text = raw.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text.replace(/^["']|["']$/g, '');
}

/** Parses the CLI form: `category=skirt`, `price<80`, `price>=10`, `color!=red`, `color in red,navy`. */
export function parseFilter(text: string): Filter {
  const membership = /^\s*([^\s=<>!]+)\s+in\s+(.+)$/i.exec(text);
  if (membership) {
    const values = membership[2]!.split(',').map(coerce);
    return checkFilter({ field: membership[1]!, op: 'in', value: values }, text);
  }
  const comparison = /^\s*([^\s=<>!]+)\s*(<=|>=|!=|=|<|>)\s*(.+?)\s*$/.exec(text);
  if (!comparison) {
    throw new AtelierError('INVALID_ARGUMENT', `cannot read filter "${text}"`, {
      hint: 'Write FIELD=VALUE, FIELD!=VALUE, FIELD<N, FIELD<=N, FIELD>N, FIELD>=N or "FIELD in A,B".',
    });
  }
  return checkFilter(
    { field: comparison[1]!, op: comparison[2] as FilterOperator, value: coerce(comparison[3]!) },
    text,
  );
}

function checkFilter(filter: unknown, source: string): Filter {
  const result = filterSchema.safeParse(filter);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `bad filter "${source}": ${issue?.path.join('.')} ${issue?.message}`,
      {
        hint: 'Fields are names or dotted paths (pattern.kind); ranges need numbers (price<80).',
      },
    );
  }
  const parsed = result.data;
  const isRange = parsed.op === '<' || parsed.op === '<=' || parsed.op === '>' || parsed.op === '>=';
  if (isRange && typeof parsed.value !== 'number') {
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `filter "${source}" compares ${parsed.field} with a non-number`,
      {
        hint: `Ranges need a number, for example ${parsed.field}${parsed.op}80.`,
      },
    );
  }
  return parsed;
}

/** Accepts either the string form or the object form (HTTP API) and returns a checked Filter. */
export function normaliseFilter(input: string | unknown): Filter {
  return typeof input === 'string' ? parseFilter(input) : checkFilter(input, JSON.stringify(input));
}

function sqlValue(value: FilterValue): string | number {
  // SQLite's json_extract returns 1/0 for JSON booleans.
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

export interface SqlFragment {
  sql: string;
  parameters: (string | number)[];
}

/** One WHERE clause (joined with AND) over the `assets` table aliased as `a`. */
export function filtersToSql(filters: readonly Filter[]): SqlFragment {
  const clauses: string[] = [];
  const parameters: (string | number)[] = [];
  for (const filter of filters) {
    let target: string;
    if (COLUMNS.has(filter.field)) {
      target = `a.${filter.field}`;
    } else {
      target = 'json_extract(a.metadata, ?)';
      parameters.push(`$.${filter.field}`);
    }
    if (filter.op === 'in') {
      const values = Array.isArray(filter.value) ? filter.value : [filter.value];
      clauses.push(`${target} IN (${values.map(() => '?').join(', ')})`);
      parameters.push(...values.map(sqlValue));
    } else {
      if (Array.isArray(filter.value)) {
        throw new AtelierError(
          'INVALID_ARGUMENT',
          `filter on ${filter.field} with ${filter.op} takes one value`,
          {
            hint: 'Use the "in" operator for a list of values.',
          },
        );
      }
      const op = filter.op === '!=' ? 'IS NOT' : filter.op === '=' ? 'IS' : filter.op;
      clauses.push(`${target} ${op} ?`);
      parameters.push(sqlValue(filter.value));
    }
  }
  return { sql: clauses.length > 0 ? clauses.join(' AND ') : '1', parameters };
}
