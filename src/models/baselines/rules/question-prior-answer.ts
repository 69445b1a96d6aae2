import type { ChatRequest } from '../../../core/index.ts';

/**
 * How the rule-based baseline answers a benchmark question: it cannot see, so it answers from the
 * words alone — the option whose words the question repeats most (the first such option on a tie),
 * "yes" to yes/no questions, candidates in the order offered for a ranking. Run blind, this is the
 * text-prior row every suite should beat by a wide margin: answers are balanced, so it should sit
 * near chance, and a suite where it does not leaks its answers through the wording.
 */
const WORD = /[a-z0-9]+/g;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

function lastUserText(request: ChatRequest): string {
  for (let index = request.messages.length - 1; index >= 0; index -= 1) {
    const message = request.messages[index]!;
    if (message.role === 'user') {
      return message.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
    }
  }
  return '';
}

export function questionPriorAnswer(request: ChatRequest, options: readonly string[]): string {
  if (options.length === 2 && options[0] === 'yes' && options[1] === 'no') return 'yes';
  const text = lastUserText(request);
  const optionTexts = new Map<string, string>();
  const questionLines: string[] = [];
  for (const line of text.split('\n')) {
    const option = /^([A-Z])\.\s+(.*)$/.exec(line.trim());
    if (option && options.includes(option[1]!)) optionTexts.set(option[1]!, option[2]!);
    else questionLines.push(line);
  }
  // Ranking (candidate ids, no lettered lines): keep the order they were offered in.
  if (optionTexts.size === 0) return options.join(', ');
  const question = words(questionLines.join(' '));
  let best = options[0]!;
  let bestScore = -1;
  for (const letter of options) {
    const overlap = [...words(optionTexts.get(letter) ?? '')].filter((word) => question.has(word)).length;
    if (overlap > bestScore) {
      best = letter;
      bestScore = overlap;
    }
  }
  return best;
}
