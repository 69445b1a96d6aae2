import type { Message } from '../../../core/index.ts';
import { CATEGORY_INFO, type Category, parsePrompt, type Slot } from '../../../world/index.ts';
import { textOf } from './conversation.ts';
import type { GarmentAttributes } from './garment-phrase.ts';
import { describedText, readResultLine } from './result-lines.ts';

/**
 * Finds what an earlier message said about an item ("this jacket", "it"): a search result's title, a
 * caption, the user's own words. The newest message wins, and inside one message the first line,
 * because search results are listed best first.
 */
export interface Description {
  attributes: GarmentAttributes;
  /** The line it came from, for the reason the policy gives. */
  line: string;
}

export interface DescriptionWanted {
  category?: Category;
  slot?: Slot;
  /** Categories already in the outfit, which an "it" does not refer to. */
  except?: readonly Category[];
}

function messageText(message: Message): string {
  if (message.role === 'system') return '';
  return message.role === 'assistant' ? message.content : textOf(message.content);
}

function slotOf(attributes: GarmentAttributes): Slot | undefined {
  return attributes.category ? CATEGORY_INFO[attributes.category].slot : attributes.slot;
}

function describedLines(messages: readonly Message[]): Description[] {
  const found: Description[] = [];
  for (const message of [...messages].reverse()) {
    if (message.role === 'tool' && message.isError) continue;
    // A search's header line repeats the query; only its result lines describe real items.
    const resultsOnly = message.role === 'tool' && message.toolName === 'search_catalog';
    for (const line of messageText(message).split('\n')) {
      if (resultsOnly && !readResultLine(line)) continue;
      const cleaned = describedText(line);
      if (cleaned.length === 0) continue;
      const { price: _price, ...attributes } = parsePrompt(cleaned).attributes;
      if (attributes.category || attributes.slot) found.push({ attributes, line: line.trim() });
    }
  }
  return found;
}

/** The newest description of the wanted item: same category first, then same slot. */
export function findDescription(
  messages: readonly Message[],
  wanted: DescriptionWanted,
): Description | undefined {
  const lines = describedLines(messages).filter(
    (line) => !line.attributes.category || !wanted.except?.includes(line.attributes.category),
  );
  if (wanted.category) {
    const same = lines.find((line) => line.attributes.category === wanted.category);
    if (same) return same;
  }
  const slot = wanted.category ? CATEGORY_INFO[wanted.category].slot : wanted.slot;
  if (slot) return lines.find((line) => slotOf(line.attributes) === slot);
  return lines[0];
}

/** What was said now overrides what was described before; a price is never part of a look. */
export function mergeDescription(stated: GarmentAttributes, described: GarmentAttributes): GarmentAttributes {
  const { price: _price, ...rest } = { ...described, ...stated };
  const parts = { ...described.parts, ...stated.parts };
  return Object.keys(parts).length > 0 ? { ...rest, parts } : rest;
}
