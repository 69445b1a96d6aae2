import { Fragment } from 'react';
import { Link } from 'wouter';

/**
 * Model text with the catalog ids it mentions turned into links. Only ids the tools returned in this
 * turn are linked, so a word that merely looks like an id stays text.
 */
export function AnswerText({ text, itemIds }: { text: string; itemIds: ReadonlySet<string> }) {
  if (itemIds.size === 0) return <>{text}</>;
  const escaped = [...itemIds].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Longest first, so "item-1" never takes the front of "item-12".
  escaped.sort((first, second) => second.length - first.length);
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'g'));
  return (
    <>
      {parts.map((part, index) =>
        itemIds.has(part) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, never reordered.
          <Link key={index} href={`/items/${encodeURIComponent(part)}`} className="item-link">
            {part}
          </Link>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
