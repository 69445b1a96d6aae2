import type { Statement } from 'better-sqlite3';
import type { EvalResultsTable, Store } from '../store/index.ts';

export const OUTCOME_FILTERS = ['correct', 'wrong', 'unparseable', 'error', 'unscored'] as const;
export type OutcomeFilter = (typeof OUTCOME_FILTERS)[number];

export interface SampleFilter {
  outcome?: OutcomeFilter;
  /** Case-insensitive substring of the sample id, the question or the model's answer. */
  text?: string;
}

/** One result row as the sample list shows it, read with json_extract: no row is parsed whole. */
export interface SampleListRow {
  sample_id: string;
  position: number;
  status: string;
  outcome: string | null;
  value: number | null;
  kind: string | null;
  scorer: string | null;
  question: string | null;
  /** JSON text of the following, as stored. */
  choices: string | null;
  answer: string | number | null;
  difficulty: string | null;
  boxes: string | null;
  /** JSON array of {sha256, name}: the image references without any inline bytes. */
  images: string | null;
  output_text: string | null;
  used_tools: string | null;
  trace_id: string | null;
  extracted: string | null;
  note: string | null;
  error: string | null;
  latency_ms: number | null;
}

/** Every stored column of a result row but the run id and the timestamps. */
export type SampleFullRow = Omit<EvalResultsTable, 'run_id' | 'created_at' | 'scored_at'>;

const LIST_COLUMNS = `sample_id, position, status, outcome, value,
  json_extract(sample, '$.kind') AS kind,
  json_extract(sample, '$.scorer') AS scorer,
  json_extract(sample, '$.question') AS question,
  json_extract(sample, '$.choices') AS choices,
  json_extract(sample, '$.answer') AS answer,
  json_extract(sample, '$.difficulty') AS difficulty,
  json_extract(sample, '$.boxes') AS boxes,
  (SELECT json_group_array(json_object('sha256', json_extract(image.value, '$.sha256'),
                                       'name', json_extract(image.value, '$.name')))
     FROM json_each(sample, '$.images') AS image) AS images,
  json_extract(output, '$.text') AS output_text,
  json_extract(output, '$.usedTools') AS used_tools,
  json_extract(output, '$.traceId') AS trace_id,
  json_extract(score, '$.extracted') AS extracted,
  json_extract(score, '$.note') AS note,
  error, latency_ms`;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The WHERE clause of a filter over one run's rows, with its bound values. */
export function sampleCondition(
  alias: string,
  filter: SampleFilter,
): { sql: string; parameters: (string | number)[] } {
  const clauses: string[] = [];
  const parameters: (string | number)[] = [];
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  switch (filter.outcome) {
    case undefined:
      break;
    case 'error':
      clauses.push(`${column('status')} = 'error'`);
      break;
    case 'unscored':
      clauses.push(`${column('status')} = 'done' AND ${column('outcome')} IS NULL`);
      break;
    default:
      clauses.push(`${column('outcome')} = ?`);
      parameters.push(filter.outcome);
  }
  if (filter.text) {
    const pattern = likePattern(filter.text);
    // Parsing two JSON columns of every row is the cost of a text search. Text JSON stores as it is
    // (no quote, backslash or control character) can be looked for in the raw columns first, which
    // rules out almost every row without parsing it; the exact test then runs on the few left.
    if (JSON.stringify(filter.text) === `"${filter.text}"`) {
      clauses.push(
        `(${column('sample_id')} LIKE ? ESCAPE '\\' OR ${column('sample')} LIKE ? ESCAPE '\\' OR ${column('output')} LIKE ? ESCAPE '\\')`,
      );
      parameters.push(pattern, pattern, pattern);
    }
    clauses.push(
      `(${column('sample_id')} LIKE ? ESCAPE '\\' OR json_extract(${column('sample')}, '$.question') LIKE ? ESCAPE '\\'
        OR json_extract(${column('output')}, '$.text') LIKE ? ESCAPE '\\')`,
    );
    parameters.push(pattern, pattern, pattern);
  }
  return { sql: clauses.length > 0 ? ` AND ${clauses.join(' AND ')}` : '', parameters };
}

export interface SamplePageRequest extends SampleFilter {
  offset: number;
  limit: number;
  /** Keyset cursor: rows after this position (then `offset` counts from there). */
  after?: number;
}

export interface SampleQuery {
  /** One page in suite order, plus how many rows match the filter. */
  page(runId: string, request: SamplePageRequest): { rows: SampleListRow[]; total: number };
  /** The list rows of these sample ids, by id. */
  listRows(runId: string, sampleIds: readonly string[]): Map<string, SampleListRow>;
  full(runId: string, sampleId: string): SampleFullRow | undefined;
  /** The sample ids just before and after a position, within the filter. */
  neighbours(
    runId: string,
    position: number,
    filter: SampleFilter,
  ): { previous: string | null; next: string | null };
}

/**
 * Reads a run's results for the sample viewer. Paging is done in two steps so that it stays fast
 * deep into a 100,000-row run: first the positions of the page, found on the (run_id, position)
 * index (or the (run_id, outcome) index for a filter) without touching the JSON columns; then the
 * columns the list shows, for those rows only.
 */
export function createSampleQuery(store: Store): SampleQuery {
  const sqlite = store.sqlite;
  // A handful of shapes (filter × cursor), each prepared once.
  const statements = new Map<string, Statement<unknown[], unknown>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare<unknown[], unknown>(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const selectFull = sqlite.prepare<[string, string], SampleFullRow>(
    `SELECT sample_id, position, status, sample, output, error, score, outcome, value, latency_ms,
            input_tokens, output_tokens, cost
       FROM eval_results WHERE run_id = ? AND sample_id = ?`,
  );

  const listRowsAt = (runId: string, positions: readonly number[]): SampleListRow[] => {
    if (positions.length === 0) return [];
    return prepared(
      `SELECT ${LIST_COLUMNS} FROM eval_results
        WHERE run_id = ? AND position IN (${positions.map(() => '?').join(', ')}) ORDER BY position`,
    ).all(runId, ...positions) as SampleListRow[];
  };

  return {
    page(runId, request) {
      const condition = sampleCondition('', request);
      const after = request.after === undefined ? '' : ' AND position > ?';
      const afterParameters = request.after === undefined ? [] : [request.after];
      const positions = (
        prepared(
          `SELECT position FROM eval_results WHERE run_id = ?${condition.sql}${after}
            ORDER BY position LIMIT ? OFFSET ?`,
        ).all(runId, ...condition.parameters, ...afterParameters, request.limit, request.offset) as {
          position: number;
        }[]
      ).map((row) => row.position);
      const total = (
        prepared(`SELECT COUNT(*) AS count FROM eval_results WHERE run_id = ?${condition.sql}`).get(
          runId,
          ...condition.parameters,
        ) as { count: number }
      ).count;
      return { rows: listRowsAt(runId, positions), total };
    },
    listRows(runId, sampleIds) {
      const found = new Map<string, SampleListRow>();
      for (let start = 0; start < sampleIds.length; start += 500) {
        const chunk = sampleIds.slice(start, start + 500);
        const rows = prepared(
          `SELECT ${LIST_COLUMNS} FROM eval_results
            WHERE run_id = ? AND sample_id IN (${chunk.map(() => '?').join(', ')})`,
        ).all(runId, ...chunk) as SampleListRow[];
        for (const row of rows) found.set(row.sample_id, row);
      }
      return found;
    },
    full: (runId, sampleId) => selectFull.get(runId, sampleId),
    neighbours(runId, position, filter) {
      const condition = sampleCondition('', filter);
      const previous = prepared(
        `SELECT sample_id FROM eval_results WHERE run_id = ? AND position < ?${condition.sql}
          ORDER BY position DESC LIMIT 1`,
      ).get(runId, position, ...condition.parameters) as { sample_id: string } | undefined;
      const next = prepared(
        `SELECT sample_id FROM eval_results WHERE run_id = ? AND position > ?${condition.sql}
          ORDER BY position LIMIT 1`,
      ).get(runId, position, ...condition.parameters) as { sample_id: string } | undefined;
      return { previous: previous?.sample_id ?? null, next: next?.sample_id ?? null };
    },
  };
}
