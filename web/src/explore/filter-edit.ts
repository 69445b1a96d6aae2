import { parseFilterText } from './parse-filter.ts';

/** The value of the first `FIELD=VALUE` filter on a field, for a select that shows it. */
export function equalityValue(filters: readonly string[], field: string): string {
  for (const filter of filters) {
    const parts = parseFilterText(filter);
    if (parts?.field === field && parts.op === '=') return parts.value;
  }
  return '';
}

/** The bound of a range filter (`price>=20`), for a number input that shows it. */
export function rangeValue(filters: readonly string[], field: string, ops: readonly string[]): string {
  for (const filter of filters) {
    const parts = parseFilterText(filter);
    if (parts?.field === field && ops.includes(parts.op)) return parts.value;
  }
  return '';
}

/**
 * Replaces the filters on `field` with these operators by `replacement` (or drops them), keeping
 * every other filter where it was so the chips do not reshuffle.
 */
export function replaceFilter(
  filters: readonly string[],
  field: string,
  ops: readonly string[],
  replacement: string | null,
): string[] {
  const result: string[] = [];
  let placed = false;
  for (const filter of filters) {
    const parts = parseFilterText(filter);
    if (parts?.field === field && ops.includes(parts.op)) {
      if (replacement && !placed) result.push(replacement);
      placed = true;
    } else {
      result.push(filter);
    }
  }
  if (replacement && !placed) result.push(replacement);
  return result;
}
