import { parseFilter } from '../../search/index.ts';
import { normalizeAnswer } from './normalize-answer.ts';

function valueKey(value: string | number | boolean): string {
  return typeof value === 'string' ? normalizeAnswer(value) : String(value);
}

/**
 * A canonical form of a search filter, so that expected and called filters compare by meaning:
 * "price < 60" = "price<60", "color in navy,black" = "color in black, navy", "category in skirt" =
 * "category=skirt". A filter the search module cannot read keeps its text without spaces, so it
 * only ever matches the same text.
 */
export function filterKey(text: string): string {
  try {
    const filter = parseFilter(text);
    const field = filter.field.toLowerCase();
    if (Array.isArray(filter.value)) {
      const values = [...new Set(filter.value.map(valueKey))].sort();
      return values.length === 1 ? `${field}=${values[0]}` : `${field} in ${values.join(',')}`;
    }
    return `${field}${filter.op}${valueKey(filter.value)}`;
  } catch {
    return `unreadable:${text.toLowerCase().replace(/\s+/g, '')}`;
  }
}
