import { answerText, firstJsonObject } from './answer-text.ts';

/**
 * A yes/no answer and, for AUC, how sure the model is that the answer is yes. A stated probability
 * ("0.8", "80%", "probability: 0.3") is the prediction; without one the prediction is 1 for yes and
 * 0 for no. A stated confidence is confidence in the answer given, so "no, confidence 0.9" predicts
 * 0.1; a bare number that contradicts the answer beside it is read the same way.
 */
export type YesNoExtraction = { answer: 'yes' | 'no'; prediction: number } | { unparseable: string };

type Side = 'yes' | 'no';

const NO_WORDS =
  /\b(?:no|nope|false|incompatible|not\s+compatible|(?:do|does|don't|doesn't|do\s+not|does\s+not)\s+(?:not\s+)?go\s+(?:well\s+)?together|clash(?:es)?)\b/gi;
const YES_WORDS = /\b(?:yes|yeah|yep|true|compatible|go(?:es)?\s+(?:well\s+)?together)\b/gi;
const LEADING = /^\s*["'(]?\s*(yes|no|true|false|compatible|incompatible|not\s+compatible)\b/i;
const ANSWER_STATEMENT = /\banswer\s*(?:is\b|:|=)\s*["'(]?\s*(yes|no)\b/gi;

function sideOf(word: string): Side {
  return /^(?:yes|yeah|yep|true|compatible|go)/i.test(word) && !/^(?:not|in)/i.test(word) ? 'yes' : 'no';
}

/** Positions of yes and no words; "not compatible" and "don't go together" are read before their parts. */
function mentions(text: string): Side[] {
  const found: { at: number; end: number; side: Side }[] = [];
  for (const match of text.matchAll(NO_WORDS)) {
    found.push({ at: match.index, end: match.index + match[0].length, side: 'no' });
  }
  for (const match of text.matchAll(YES_WORDS)) {
    const inside = found.some((other) => match.index >= other.at && match.index < other.end);
    if (!inside) found.push({ at: match.index, end: match.index + match[0].length, side: 'yes' });
  }
  return found.map((mention) => mention.side);
}

function readSide(text: string): Side | { problem: string } {
  const leading = LEADING.exec(text);
  if (leading) return sideOf(leading[1]!);
  const stated = [...text.matchAll(ANSWER_STATEMENT)].at(-1);
  if (stated) return sideOf(stated[1]!);
  const sides = new Set(mentions(text));
  if (sides.size === 1) return [...sides][0]!;
  return { problem: sides.size === 0 ? 'no yes or no found' : 'says both yes and no' };
}

interface Stated {
  value: number;
  /** 'confidence' is about the answer given; 'probability' is about yes. */
  kind: 'confidence' | 'probability';
}

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)\s*(%|\/\s*10\b|\/\s*100\b)?`;
const KEYED = new RegExp(
  String.raw`\b(confidence|certainty|sure|probability|likelihood|chance|p)\b\s*(?:(?:of|that)\s+[^:=\d]{0,60}?)?(?:is|=|:|\s)\s*${NUMBER}`,
  'gi',
);
const PERCENT = /(\d+(?:\.\d+)?)\s*%/;
const DECIMAL = /(?<![\d.])(0?\.\d+|1\.0+|0|1)(?![\d.])/;

function toUnit(number: string, unit: string | undefined): number | undefined {
  const value = Number(number);
  const scale = unit === undefined ? 1 : unit === '%' || unit.endsWith('100') ? 100 : 10;
  const result = value / scale;
  return Number.isFinite(result) && result >= 0 && result <= 1 ? result : undefined;
}

function statedNumber(text: string): Stated | undefined {
  for (const match of text.matchAll(KEYED)) {
    const value = toUnit(match[2]!, match[3]);
    if (value === undefined) continue;
    const kind = /^(?:confidence|certainty|sure)$/i.test(match[1]!) ? 'confidence' : 'probability';
    return { value, kind };
  }
  const percent = PERCENT.exec(text);
  if (percent) {
    const value = toUnit(percent[1]!, '%');
    if (value !== undefined) return { value, kind: 'probability' };
  }
  // A bare 0 or 1 counts only as the whole answer: elsewhere it is more likely a count.
  const decimal = DECIMAL.exec(text);
  if (decimal && (decimal[1]!.includes('.') || text.trim() === decimal[1])) {
    return { value: Number(decimal[1]), kind: 'probability' };
  }
  return undefined;
}

function fromJson(text: string): { side?: Side; stated?: Stated } | undefined {
  const json = firstJsonObject(text);
  if (!json) return undefined;
  const answer = json.answer ?? json.compatible ?? json.verdict;
  const side =
    typeof answer === 'boolean'
      ? answer
        ? 'yes'
        : 'no'
      : typeof answer === 'string' && LEADING.test(answer)
        ? sideOf(LEADING.exec(answer)![1]!)
        : undefined;
  const number = (key: string) => (typeof json[key] === 'number' ? (json[key] as number) : undefined);
  const probability = number('probability') ?? number('p') ?? number('likelihood');
  const confidence = number('confidence');
  let stated: Stated | undefined;
  const scaled = (value: number) => (value > 1 && value <= 100 ? value / 100 : value);
  if (probability !== undefined && scaled(probability) <= 1 && scaled(probability) >= 0) {
    stated = { value: scaled(probability), kind: 'probability' };
  } else if (confidence !== undefined && scaled(confidence) <= 1 && scaled(confidence) >= 0) {
    stated = { value: scaled(confidence), kind: 'confidence' };
  }
  if (side === undefined && stated === undefined) return undefined;
  return { ...(side ? { side } : {}), ...(stated ? { stated } : {}) };
}

export function extractYesNo(raw: string): YesNoExtraction {
  const text = answerText(raw);
  if (text.length === 0) return { unparseable: 'empty answer' };
  const json = fromJson(text);
  const stated = json ? json.stated : statedNumber(text);
  const side = json ? (json.side ?? { problem: 'no yes or no found' }) : readSide(text);
  if (typeof side !== 'string') {
    if (!stated || stated.kind === 'confidence') return { unparseable: side.problem };
    return { answer: stated.value >= 0.5 ? 'yes' : 'no', prediction: stated.value };
  }
  if (!stated) return { answer: side, prediction: side === 'yes' ? 1 : 0 };
  const agrees = (side === 'yes') === stated.value >= 0.5;
  const aboutYes = stated.kind === 'probability' && (agrees || stated.value === 0.5);
  const prediction = aboutYes ? stated.value : side === 'yes' ? stated.value : 1 - stated.value;
  return { answer: side, prediction };
}
