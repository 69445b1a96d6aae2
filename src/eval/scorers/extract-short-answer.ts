import { answerText, firstJsonObject } from './answer-text.ts';

const STATEMENT = /\b(?:final\s+)?answer\s*(?:is\b|:|=)\s*/gi;
const SENTENCE_END = /[.!?](?=\s|$)|\n/;

/**
 * The readings of a short answer worth comparing with the truth: what follows the last "answer:"
 * (or a JSON answer), else the first line, and the whole text. Models add a sentence of explanation
 * after the answer far more often than before it.
 */
export function shortAnswerReadings(raw: string): string[] {
  const text = answerText(raw);
  const json = firstJsonObject(text);
  if (json && typeof json.answer === 'string') return [json.answer];
  const stated = [...text.matchAll(STATEMENT)].at(-1);
  const readings: string[] = [];
  if (stated) {
    const tail = text.slice(stated.index + stated[0].length);
    const end = SENTENCE_END.exec(tail);
    readings.push(end ? tail.slice(0, end.index) : tail);
  } else {
    readings.push(text.split('\n')[0] ?? '');
  }
  readings.push(text);
  return [...new Set(readings.map((reading) => reading.trim()))].filter((reading) => reading.length > 0);
}
