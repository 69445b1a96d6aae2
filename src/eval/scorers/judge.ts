import { z } from 'zod';
import type { ChatRequest } from '../../core/index.ts';
import type { ChatModel } from '../../models/index.ts';
import { answerText, firstJsonObject } from './answer-text.ts';

/**
 * An optional judge model for open answers. Its output is untrusted like any model's: a reply that
 * is not the JSON asked for is a verdict of its own ('unparseable'), never a crash or a made-up score.
 */

export interface RubricInput {
  question: string;
  answer: string;
  reference?: string;
  rubric: string;
}

export type RubricJudgement =
  | { verdict: 'scored'; score: number; reason: string; raw: string }
  | { verdict: 'unparseable'; score: null; problem: string; raw: string };

const rubricReplySchema = z.object({
  // Judges write "7" as often as 7; an empty string or null must not read as a score of 0.
  score: z
    .union([
      z.number(),
      z
        .string()
        .regex(/^\s*\d+(?:\.\d+)?\s*$/)
        .transform(Number),
    ])
    .pipe(z.number().min(0).max(10)),
  reason: z.string().optional(),
});

const JUDGE_SYSTEM =
  'You are a careful, impartial grader of answers about images of clothing and outfits. ' +
  'Judge only what the text says; do not reward length or confidence.';

function judgeRequest(text: string): ChatRequest {
  return {
    messages: [
      { role: 'system', content: JUDGE_SYSTEM },
      { role: 'user', content: [{ type: 'text', text }] },
    ],
    responseFormat: 'json',
    temperature: 0,
  };
}

export async function judgeRubric(judge: ChatModel, input: RubricInput): Promise<RubricJudgement> {
  const text = [
    `Question:\n${input.question}`,
    input.reference === undefined ? undefined : `Reference answer:\n${input.reference}`,
    `Answer to grade:\n${input.answer}`,
    `Rubric:\n${input.rubric}`,
    'Reply with a JSON object {"score": <integer 0-10>, "reason": "<one sentence>"}.',
  ]
    .filter((part) => part !== undefined)
    .join('\n\n');
  const response = await judge.complete(judgeRequest(text));
  const raw = response.message.content;
  const json = firstJsonObject(answerText(raw));
  const parsed = rubricReplySchema.safeParse(json);
  if (!parsed.success) {
    return {
      verdict: 'unparseable',
      score: null,
      problem: json ? 'the judge gave no score between 0 and 10' : 'the judge did not reply with JSON',
      raw,
    };
  }
  return { verdict: 'scored', score: parsed.data.score / 10, reason: parsed.data.reason ?? '', raw };
}

export interface PairwiseInput {
  question: string;
  answerA: string;
  answerB: string;
}

export interface PairwiseJudgement {
  /** 'inconsistent' when the two orders disagree; 'unparseable' when either reply could not be read. */
  winner: 'A' | 'B' | 'tie' | 'inconsistent' | 'unparseable';
  /** The judge's replies: answerA shown first, then answerB shown first. */
  raw: [string, string];
}

const pairwiseReplySchema = z.object({
  winner: z
    .string()
    .transform((value) => value.trim().toUpperCase())
    .pipe(z.enum(['A', 'B', 'TIE'])),
});

async function preferred(judge: ChatModel, question: string, first: string, second: string) {
  const text = [
    `Question:\n${question}`,
    `Answer A:\n${first}`,
    `Answer B:\n${second}`,
    'Which answer is better? Reply with a JSON object {"winner": "A" | "B" | "tie", "reason": "<one sentence>"}.',
  ].join('\n\n');
  const response = await judge.complete(judgeRequest(text));
  const raw = response.message.content;
  const parsed = pairwiseReplySchema.safeParse(firstJsonObject(answerText(raw)));
  return { raw, winner: parsed.success ? parsed.data.winner : undefined };
}

/**
 * Pairwise preference with the positions swapped: judges favour the first answer they read, so a
 * preference counts only when it survives the swap.
 */
export async function judgePairwise(judge: ChatModel, input: PairwiseInput): Promise<PairwiseJudgement> {
  const [straight, swapped] = await Promise.all([
    preferred(judge, input.question, input.answerA, input.answerB),
    preferred(judge, input.question, input.answerB, input.answerA),
  ]);
  const raw: [string, string] = [straight.raw, swapped.raw];
  if (straight.winner === undefined || swapped.winner === undefined) return { winner: 'unparseable', raw };
  const unswapped = swapped.winner === 'A' ? 'B' : swapped.winner === 'B' ? 'A' : 'TIE';
  if (straight.winner !== unswapped) return { winner: 'inconsistent', raw };
  return { winner: straight.winner === 'TIE' ? 'tie' : straight.winner, raw };
}
