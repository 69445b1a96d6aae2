import type { RunSummary } from '../eval/index.ts';

/** What the server asks the summary process to compute. */
export type SummaryTask =
  | {
      id: number;
      kind: 'summary';
      home: string;
      run: RunSummary['run'];
      declared: { headline: string[]; chance: Record<string, number> } | undefined;
    }
  | { id: number; kind: 'comparison'; home: string; a: string; b: string };

export type SummaryReply =
  /** `value` is JSON in which NaN is written as the string "NaN". */
  | { id: number; ok: true; value: string }
  | { id: number; ok: false; error: { message: string; code: string } }
  | { ready: true };
