/**
 * Narrowing for a tool result's `data`, which the page did not produce and must not trust: each
 * helper returns undefined instead of throwing when a shape differs.
 */
export type DataRecord = Record<string, unknown>;

export const asRecord = (value: unknown): DataRecord | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as DataRecord) : undefined;

export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

export const asNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** The tool's arguments as the model wrote them: an object when they are JSON, else undefined. */
export function parseArguments(text: string): DataRecord | undefined {
  try {
    return asRecord(JSON.parse(text));
  } catch {
    return undefined;
  }
}

export function formatPrice(value: number | undefined | null): string {
  if (value === undefined || value === null) return '';
  return Number.isInteger(value) ? `$${value}` : `$${value.toFixed(2)}`;
}
