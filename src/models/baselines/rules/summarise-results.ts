import type { Message, ToolCall } from '../../../core/index.ts';
import { ARCHETYPES } from '../../../world/index.ts';
import { assistantCalls, textOf } from './conversation.ts';
import { readResultLines } from './result-lines.ts';

/**
 * The final answer after the tools ran: what each tool gave, read from the text the tool wrote for
 * the model. A failed tool is reported as it failed; the baseline never retries, so a broken tool
 * shows up in a trace as one error, not a loop.
 */
const MAX_LISTED = 10;
const ARCHETYPE_WORDS = new RegExp(`\\b(?:${ARCHETYPES.join('|')})\\b`, 'i');

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((line) => line.trim().length > 0)
      ?.trim() ?? '(no message)'
  );
}

function promptOf(call: ToolCall | undefined): string | undefined {
  if (!call) return undefined;
  try {
    const parsed: unknown = JSON.parse(call.arguments);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'prompt' in parsed &&
      typeof parsed.prompt === 'string'
    )
      return parsed.prompt;
  } catch {
    // Arguments this baseline wrote are JSON; anything else just goes unquoted.
  }
  return undefined;
}

function searchSummary(text: string): string {
  const results = readResultLines(text);
  if (results.length === 0) return `The catalog search found nothing that matches (${firstLine(text)}).`;
  const listed = results
    .slice(0, MAX_LISTED)
    .map((result) => `- ${result.id}${result.title ? ` — ${result.title}` : ''}`);
  const more = results.length > MAX_LISTED ? [`…and ${results.length - MAX_LISTED} more.`] : [];
  return [`The catalog search found ${results.length}:`, ...listed, ...more].join('\n');
}

function generateSummary(message: Extract<Message, { role: 'tool' }>, call: ToolCall | undefined): string {
  const text = textOf(message.content);
  const names = message.content.flatMap((part) => (part.type !== 'text' && part.name ? [part.name] : []));
  const named = names.length > 0 ? names : (text.match(/\bgenerated-\d+\b/g) ?? []);
  const prompt = promptOf(call);
  const from = prompt ? ` from the prompt "${prompt}"` : '';
  if (named.length === 0) return `Generated an image${from}: ${firstLine(text)}`;
  return `Generated ${[...new Set(named)].join(', ')}${from}.`;
}

/** The board's header (whose, how many items) and what the tool said about the taste. */
function boardSummary(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const taste = lines.filter((line) => /\btaste\b/i.test(line));
  const styled = taste.length > 0 ? taste : lines.filter((line) => ARCHETYPE_WORDS.test(line));
  return ['The board says:', lines[0] ?? '(nothing)', ...styled.filter((line) => line !== lines[0])].join(
    '\n',
  );
}

export function summariseTurn(turn: readonly Message[]): string {
  const calls = new Map(assistantCalls(turn).map((call) => [call.id, call]));
  const parts: string[] = [];
  for (const message of turn) {
    if (message.role !== 'tool') continue;
    const text = textOf(message.content);
    if (message.isError) {
      parts.push(`The ${message.toolName} tool failed: ${firstLine(text)}`);
      continue;
    }
    if (message.toolName === 'search_catalog') parts.push(searchSummary(text));
    else if (message.toolName === 'generate_image')
      parts.push(generateSummary(message, calls.get(message.toolCallId)));
    else if (message.toolName === 'get_board') parts.push(boardSummary(text));
    else parts.push(`${message.toolName}: ${firstLine(text)}`);
  }
  return parts.join('\n\n');
}
