import type { Item, Pattern } from '../item.ts';
import { CATEGORY_INFO } from '../vocabulary.ts';

function patternWord(pattern: Pattern): string {
  switch (pattern.kind) {
    case 'solid':
      return '';
    case 'stripes':
      return `${pattern.scale === 'large' ? 'wide' : 'narrow'}-striped`;
    case 'pinstripe':
      return 'pinstriped';
    case 'dots':
      return `${pattern.scale === 'large' ? 'large' : 'small'}-dot`;
    case 'checks':
      return `${pattern.scale === 'large' ? 'large' : 'small'}-check`;
    case 'plaid':
      return 'plaid';
    case 'floral':
      return 'floral';
    case 'colorblock':
      return 'colour-block';
    case 'leopard':
      return 'leopard-print';
  }
}

/**
 * A short label for rule messages, "navy plaid skirt (s1)": colour, pattern and noun say which item
 * in a picture is meant, and the id lets a program find it.
 */
export function describeItem(item: Item): string {
  const words = [item.color, patternWord(item.pattern), CATEGORY_INFO[item.category].noun].filter(
    (word) => word.length > 0,
  );
  return `${words.join(' ')} (${item.id})`;
}

/** "a, b and c": messages read as sentences rather than arrays. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
