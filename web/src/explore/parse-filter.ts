/** A filter as the server reads it: FIELD OP VALUE, with `in` taking a comma-separated list. */
export interface FilterParts {
  field: string;
  op: string;
  value: string;
}

/** Reads the server's filter syntax for display and editing; the server stays the judge of validity. */
export function parseFilterText(text: string): FilterParts | undefined {
  const membership = /^\s*([^\s=<>!]+)\s+in\s+(.+)$/i.exec(text);
  if (membership) return { field: membership[1] ?? '', op: 'in', value: membership[2]?.trim() ?? '' };
  const comparison = /^\s*([^\s=<>!]+)\s*(<=|>=|!=|=|<|>)\s*(.+?)\s*$/.exec(text);
  if (!comparison) return undefined;
  return { field: comparison[1] ?? '', op: comparison[2] ?? '=', value: comparison[3] ?? '' };
}

const OPERATOR_LABELS: Record<string, string> = {
  '=': ':',
  '!=': ' ≠',
  '<': ' <',
  '<=': ' ≤',
  '>': ' >',
  '>=': ' ≥',
  in: ' in',
};

/** `price<=80` → `price ≤ 80`, `pattern.kind=dots` → `pattern kind: dots`. */
export function filterLabel(text: string): string {
  const parts = parseFilterText(text);
  if (!parts) return text;
  const field = parts.field.replaceAll('.', ' ');
  // The server trims each value of an `in` list, so "red, navy" and "red,navy" read the same.
  const value =
    parts.op === 'in'
      ? parts.value
          .split(',')
          .map((item) => item.trim())
          .join(', ')
      : parts.value.replaceAll(',', ', ');
  return `${field}${OPERATOR_LABELS[parts.op] ?? ` ${parts.op}`} ${value}`;
}
