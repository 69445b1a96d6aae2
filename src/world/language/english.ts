/** Small English helpers for captions and titles. */

/** "a navy shirt", "an ivory blouse"; plural nouns take no article ("navy trousers"). */
export function withArticle(phrase: string, plural = false): string {
  if (plural) return phrase;
  return `${/^[aeio]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** "a, b and c": the parser reads "and" as glue, so a list never joins two noun phrases into one. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "slim-fit v-neck t-shirt" → "Slim-Fit V-Neck T-Shirt". */
export function titleCase(text: string): string {
  return text.replace(
    /(^|[\s-])([a-z])/g,
    (_whole, separator: string, letter: string) => separator + letter.toUpperCase(),
  );
}

/** Joins words with single spaces, dropping empty ones, so optional words leave no double spaces. */
export function words(...parts: readonly (string | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join(' ');
}
