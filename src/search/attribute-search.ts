import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedPrompt } from '../world/index.ts';
import type { SqlFragment } from './filters.ts';

/**
 * The structured signal of a text query: the world's prompt parser reads "red striped skirt under
 * $60" as {category: skirt, color: red, pattern: stripes, price ≤ 60}, and assets are ranked by how
 * many of those stated attributes their metadata has (weighted: the category and the main colour
 * say most about what a person wants). Full-text search alone cannot tell a red skirt from a white
 * skirt with red buttons; this can, and it says which attributes matched.
 */
export interface AttributeCondition {
  label: string;
  sql: string;
  parameters: (string | number)[];
  weight: number;
  /** Anchors decide which rows are read at all; they are backed by indexes. */
  anchor: boolean;
}

const json = (path: string) => `json_extract(a.metadata, '$.${path}')`;

function equals(
  label: string,
  expression: string,
  value: string | number | boolean,
  weight: number,
  anchor = false,
) {
  const bound = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  return { label: `${label}=${value}`, sql: `${expression} = ?`, parameters: [bound], weight, anchor };
}

export function attributeConditions(parsed: ParsedPrompt['attributes']): AttributeCondition[] {
  const conditions: AttributeCondition[] = [];
  if (parsed.category) conditions.push(equals('category', 'a.category', parsed.category, 3, true));
  else if (parsed.slot) conditions.push(equals('slot', json('slot'), parsed.slot, 2));
  if (parsed.color) conditions.push(equals('color', json('color'), parsed.color, 2, true));
  if (parsed.pattern) {
    conditions.push(equals('pattern', json('pattern.kind'), parsed.pattern.kind, 2, true));
    if (parsed.pattern.color)
      conditions.push(equals('pattern.color', json('pattern.color'), parsed.pattern.color, 1));
    if (parsed.pattern.direction) {
      conditions.push(equals('pattern.direction', json('pattern.direction'), parsed.pattern.direction, 1));
    }
    if (parsed.pattern.scale)
      conditions.push(equals('pattern.scale', json('pattern.scale'), parsed.pattern.scale, 1));
  }
  if (parsed.texture) conditions.push(equals('texture', json('texture'), parsed.texture, 1));
  for (const [part, value] of Object.entries(parsed.parts ?? {})) {
    if (value === undefined) continue;
    if (value === 'some') {
      conditions.push({
        label: 'pockets>0',
        sql: `${json('parts.pockets')} > 0`,
        parameters: [],
        weight: 1,
        anchor: false,
      });
    } else {
      conditions.push(equals(`parts.${part}`, json(`parts.${part}`), value, 1));
    }
  }
  if (parsed.logo === null) {
    conditions.push({
      label: 'no logo',
      sql: `${json('details.logo')} IS NULL`,
      parameters: [],
      weight: 1,
      anchor: false,
    });
  } else if (parsed.logo) {
    for (const [field, value] of Object.entries(parsed.logo)) {
      if (value !== undefined)
        conditions.push(equals(`logo.${field}`, json(`details.logo.${field}`), value, 1));
    }
  }
  if (parsed.hardware) conditions.push(equals('hardware', json('details.hardware'), parsed.hardware, 1));
  if (parsed.formality !== undefined)
    conditions.push(equals('formality', json('formality'), parsed.formality, 1));
  if (parsed.season) conditions.push(equals('season', json('season'), parsed.season, 1));
  if (parsed.price?.max !== undefined) {
    conditions.push({
      label: `price<=${parsed.price.max}`,
      sql: 'a.price <= ?',
      parameters: [parsed.price.max],
      weight: 1,
      anchor: false,
    });
  }
  if (parsed.price?.min !== undefined) {
    conditions.push({
      label: `price>=${parsed.price.min}`,
      sql: 'a.price >= ?',
      parameters: [parsed.price.min],
      weight: 1,
      anchor: false,
    });
  }
  return conditions;
}

export interface AttributeHit {
  key: number;
  score: number;
  matched: string[];
}

/** Non-empty subsets of the anchors, the heaviest (most attributes agreeing) first. */
function tiers(anchors: readonly AttributeCondition[]): AttributeCondition[][] {
  const subsets: AttributeCondition[][] = [];
  for (let mask = (1 << anchors.length) - 1; mask > 0; mask--) {
    subsets.push(anchors.filter((_, index) => mask & (1 << index)));
  }
  const weight = (subset: AttributeCondition[]) =>
    subset.reduce((sum, condition) => sum + condition.weight, 0);
  return subsets.sort((first, second) => weight(second) - weight(first) || second.length - first.length);
}

/**
 * Reads tier by tier: first the assets that match every anchor (an indexed AND: a handful of rows
 * even in a large catalog), then those that match fewer, until `limit` are found. Scoring every row
 * that matches any anchor would read a fifth of a 100k catalog and parse its JSON on each query.
 * Within a tier, rows are ordered by their full score (anchors plus the other stated attributes).
 */
export function attributeSearch(
  sqlite: BetterSqlite3.Database,
  conditions: readonly AttributeCondition[],
  filter: SqlFragment,
  limit: number,
): AttributeHit[] {
  if (conditions.length === 0) return [];
  const anchors = conditions.filter((condition) => condition.anchor);
  // Without an anchor (only parts, say "with a v-neck") there is no index to start from: one scan.
  const gates: { sql: string; parameters: (string | number)[] }[] =
    anchors.length > 0
      ? tiers(anchors).map((tier) => ({
          sql: tier.map((condition) => condition.sql).join(' AND '),
          parameters: tier.flatMap((condition) => condition.parameters),
        }))
      : [
          {
            sql: conditions.map((condition) => condition.sql).join(' OR '),
            parameters: conditions.flatMap((condition) => condition.parameters),
          },
        ];
  const scoreSql = conditions
    .map((condition) => `(CASE WHEN ${condition.sql} THEN ${condition.weight} ELSE 0 END)`)
    .join(' + ');
  const flagsSql = conditions
    .map((condition) => `(CASE WHEN ${condition.sql} THEN 1 ELSE 0 END)`)
    .join(" || ',' || ");
  const conditionParameters = conditions.flatMap((condition) => condition.parameters);
  const hits: AttributeHit[] = [];
  const seen = new Set<number>();
  for (const gate of gates) {
    const rows = sqlite
      .prepare<unknown[], { key: number; score: number; flags: string }>(
        `SELECT a.key AS key, ${scoreSql} AS score, ${flagsSql} AS flags
         FROM assets a
         WHERE (${gate.sql}) AND (${filter.sql})
         ORDER BY score DESC, a.key
         LIMIT ?`,
      )
      .all(
        ...conditionParameters,
        ...conditionParameters,
        ...gate.parameters,
        ...filter.parameters,
        limit + seen.size,
      );
    for (const row of rows) {
      if (seen.has(row.key)) continue;
      seen.add(row.key);
      hits.push({
        key: row.key,
        score: row.score,
        matched: String(row.flags)
          .split(',')
          .map((flag, index) => (flag === '1' ? conditions[index]!.label : null))
          .filter((label): label is string => label !== null),
      });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}
