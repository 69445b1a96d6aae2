/**
 * One asset as a source describes it, before its image is read: what the readers of a world catalog,
 * a metadata file or a bare folder of images all produce, so the rest of the pipeline has one shape.
 */
export interface SourceRecord {
  /** Where it came from, for messages: `metadata.jsonl:7`, `catalog.jsonl:3`, `shoes/red.png`. */
  origin: string;
  id: string;
  /** As written in the source: a path relative to the source folder, or an http(s) URL. */
  image: string;
  title: string | null;
  description: string | null;
  caption: string | null;
  tags: string[];
  category: string | null;
  price: number | null;
  /** Every field of the source record, kept as filterable metadata. */
  metadata: Record<string, unknown>;
}

/** An item left out of the index, with what to tell the user. */
export interface SkippedItem {
  /** The file or `file:line` at fault. */
  source: string;
  reason: string;
}

export type ReadResult = { ok: true; record: SourceRecord } | { ok: false; skipped: SkippedItem };

/** JSON with object keys sorted, so a record whose fields were merely reordered compares equal. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const entries = Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries);
  });
}
