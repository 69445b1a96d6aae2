/**
 * The grammar of the search module's parseFilter, restated for tests: the models layer may not
 * import search, so the rules policy's filter strings are checked against this copy instead. Keep it
 * in step with src/search/filters.ts.
 */
const FIELD = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const RANGE_OPERATORS = new Set(['<', '<=', '>', '>=']);

export function readsAsFilter(text: string): boolean {
  const membership = /^\s*([^\s=<>!]+)\s+in\s+(.+)$/i.exec(text);
  if (membership) {
    return (
      FIELD.test(membership[1] ?? '') &&
      (membership[2] ?? '').split(',').every((value) => value.trim() !== '')
    );
  }
  const comparison = /^\s*([^\s=<>!]+)\s*(<=|>=|!=|=|<|>)\s*(.+?)\s*$/.exec(text);
  if (!comparison || !FIELD.test(comparison[1] ?? '')) return false;
  return !RANGE_OPERATORS.has(comparison[2] ?? '') || NUMBER.test(comparison[3] ?? '');
}
