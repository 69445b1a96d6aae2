import { z } from 'zod';
import { AtelierError } from '../../core/index.ts';
import type { EvalSample, SampleOutput, SampleScore } from '../sample.ts';
import { setF1 } from '../stats/index.ts';
import { filterKey } from './filter-key.ts';
import { promptAttributesNamed } from './prompt-attributes-named.ts';

/** What a tool-use sample expects of the agent; the tool-use suite writes it into `sample.expected`. */
export const toolUseExpectedSchema = z.object({
  /** Tool names the task needs. */
  tools: z.array(z.string()),
  /** Per tool name: what its arguments should say. */
  arguments: z
    .record(
      z.string(),
      z.object({
        /** Expected search filters ("category=skirt", "price<60"). */
        filters: z.array(z.string()).optional(),
        /** Attributes a generate_image prompt must name ({ category: 'jacket', color: 'navy' }). */
        promptAttributes: z.record(z.string(), z.string()).optional(),
      }),
    )
    .optional(),
  /** Catalog ids that satisfy every constraint by the world's ground truth. */
  validIds: z.array(z.string()).optional(),
  /** Attributes the generated image's prompt must name for the task to succeed. */
  requiredAttributes: z.record(z.string(), z.string()).optional(),
});
export type ToolUseExpected = z.infer<typeof toolUseExpectedSchema>;

type Call = NonNullable<SampleOutput['toolCalls']>[number];

const searchDataSchema = z.object({ results: z.array(z.object({ id: z.string() })) });

/** A call's arguments when the call ran and they are a JSON object; undefined otherwise. */
function validArguments(call: Call): Record<string, unknown> | undefined {
  if (!call.ok) return undefined;
  try {
    const value: unknown = JSON.parse(call.arguments);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

function promptOf(call: Call): string | undefined {
  const prompt = validArguments(call)?.prompt;
  return typeof prompt === 'string' ? prompt : undefined;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** How well one call's arguments say what was expected: the mean of the checks that apply. */
function argumentScore(call: Call, expected: NonNullable<ToolUseExpected['arguments']>[string]): number {
  const parsed = validArguments(call);
  if (!parsed) return 0;
  const checks: number[] = [];
  if (expected.filters) {
    checks.push(setF1(strings(parsed.filters).map(filterKey), expected.filters.map(filterKey)).f1);
  }
  if (expected.promptAttributes) {
    const prompt = typeof parsed.prompt === 'string' ? parsed.prompt : '';
    checks.push(promptAttributesNamed(prompt, expected.promptAttributes));
  }
  return checks.length === 0 ? 1 : mean(checks);
}

function parseExpected(sample: EvalSample): ToolUseExpected {
  const parsed = toolUseExpectedSchema.safeParse(sample.expected);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AtelierError(
      'INVALID_ARGUMENT',
      `tool-use sample ${sample.id} has an unreadable expected (${issue?.path.join('.') || 'root'}: ${issue?.message})`,
      {
        hint: 'A tool-use sample carries expected: { tools: [...], arguments?, validIds?, requiredAttributes? }.',
      },
    );
  }
  return parsed.data;
}

/**
 * Scores an agent's tool use at three levels: which tools (set F1 of names), with what arguments
 * (valid calls, then filter F1 or prompt attributes, best call per expected tool), and whether the
 * task succeeded (every returned item satisfies the constraints; the generated prompt names every
 * required attribute). The score is the outcome; the other levels are per-sample metrics.
 */
export function scoreToolUse(sample: EvalSample, output: SampleOutput): SampleScore {
  const expected = parseExpected(sample);
  const calls = output.toolCalls ?? [];
  const called = calls.length > 0 ? calls.map((call) => call.name) : (output.usedTools ?? []);
  const toolF1 = setF1(called, expected.tools).f1;

  const validShare =
    calls.length === 0
      ? expected.tools.length === 0
        ? 1
        : 0
      : calls.filter((call) => validArguments(call) !== undefined).length / calls.length;
  const argumentExpectations = Object.entries(expected.arguments ?? {});
  const argumentF1 =
    argumentExpectations.length === 0
      ? validShare
      : mean(
          argumentExpectations.map(([tool, wanted]) =>
            Math.max(
              0,
              ...calls.filter((call) => call.name === tool).map((call) => argumentScore(call, wanted)),
            ),
          ),
        );

  const notes: string[] = [];
  const checks: boolean[] = [];
  if (expected.validIds) {
    const valid = new Set(expected.validIds);
    const returned = calls
      .filter((call) => call.name === 'search_catalog' && call.ok)
      .flatMap((call) => {
        const data = searchDataSchema.safeParse(call.data);
        return data.success ? data.data.results.map((result) => result.id) : [];
      });
    const invalid = returned.filter((id) => !valid.has(id));
    checks.push(returned.length > 0 && invalid.length === 0);
    notes.push(
      returned.length === 0
        ? 'no catalog item returned'
        : invalid.length === 0
          ? `all ${returned.length} returned items satisfy the constraints`
          : `${invalid.length} of ${returned.length} returned items break a constraint (${invalid.slice(0, 3).join(', ')})`,
    );
  }
  const required = expected.requiredAttributes ?? expected.arguments?.generate_image?.promptAttributes;
  if (required && (expected.requiredAttributes || expected.tools.includes('generate_image'))) {
    const prompts = calls
      .filter((call) => call.name === 'generate_image' && call.ok)
      .flatMap((call) => {
        const prompt = promptOf(call);
        return prompt === undefined ? [] : [prompt];
      });
    const named = Math.max(0, ...prompts.map((prompt) => promptAttributesNamed(prompt, required)));
    checks.push(named === 1);
    notes.push(
      prompts.length === 0
        ? 'no image generated'
        : named === 1
          ? 'the image prompt names every required attribute'
          : `the best image prompt names ${Math.round(named * Object.keys(required).length)} of ${Object.keys(required).length} required attributes`,
    );
  }
  // A task with nothing to verify in the world succeeds when exactly the needed tools were called.
  const outcome = (checks.length === 0 ? toolF1 === 1 : checks.every(Boolean)) ? 1 : 0;
  return {
    outcome: outcome === 1 ? 'correct' : 'wrong',
    score: outcome,
    extracted: called.join(', '),
    metrics: { 'tool-f1': toolF1, 'argument-f1': argumentF1, 'arguments-valid': validShare, outcome },
    note: [`tools ${called.length === 0 ? 'none' : called.join(', ')}`, ...notes].join('; '),
  };
}
