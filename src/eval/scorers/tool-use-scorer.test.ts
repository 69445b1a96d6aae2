import { describe, expect, it } from 'vitest';
import { type EvalSample, evalSampleSchema, type SampleOutput } from '../sample.ts';
import { scoreToolUse, type ToolUseExpected } from './tool-use-scorer.ts';

type Call = NonNullable<SampleOutput['toolCalls']>[number];

const sample = (expected: ToolUseExpected): EvalSample =>
  evalSampleSchema.parse({
    id: 'tool-1',
    suite: 'tool-use',
    kind: 'agent',
    question: 'Find me a navy skirt under $60.',
    answer: '',
    scorer: 'tool-use',
    expected,
  });

const output = (toolCalls: Call[], text = 'Here you go.'): SampleOutput => ({
  text,
  toolCalls,
  usedTools: toolCalls.map((call) => call.name),
  latencyMs: 1,
  usage: { inputTokens: 0, outputTokens: 0 },
});

const search = (filters: string[], ids: string[], ok = true): Call => ({
  name: 'search_catalog',
  arguments: JSON.stringify({ text: 'navy skirt', filters }),
  ok,
  data: ok ? { results: ids.map((id) => ({ id, title: id })), request: { filters } } : undefined,
});
const generate = (prompt: string): Call => ({
  name: 'generate_image',
  arguments: JSON.stringify({ prompt }),
  ok: true,
  data: { name: 'generated-1', prompt },
});

const searchTask: ToolUseExpected = {
  tools: ['search_catalog'],
  arguments: { search_catalog: { filters: ['category=skirt', 'color=navy', 'price<60'] } },
  validIds: ['s1', 's2', 's3'],
};

describe('scoreToolUse on a search task', () => {
  it('gives full marks to the right tool, filters and results', () => {
    const score = scoreToolUse(
      sample(searchTask),
      output([search(['price < 60', 'category = skirt', 'color=navy'], ['s2', 's1'])]),
    );
    expect(score).toMatchObject({ outcome: 'correct', score: 1, extracted: 'search_catalog' });
    expect(score.metrics).toEqual({ 'tool-f1': 1, 'argument-f1': 1, 'arguments-valid': 1, outcome: 1 });
    expect(score.note).toContain('all 2 returned items satisfy the constraints');
  });

  it('fails the outcome when one returned item breaks a constraint, with partial argument F1', () => {
    // Filters {category=skirt, price<60} against three expected: precision 1, recall 2/3 → F1 0.8.
    const score = scoreToolUse(
      sample(searchTask),
      output([search(['category=skirt', 'price<60'], ['s1', 'x9'])]),
    );
    expect(score).toMatchObject({ outcome: 'wrong', score: 0 });
    expect(score.metrics?.['argument-f1']).toBeCloseTo(0.8, 10);
    expect(score.note).toContain('1 of 2 returned items break a constraint (x9)');
  });

  it('fails the outcome when nothing was returned, and scores the best call', () => {
    const failed: Call = { name: 'search_catalog', arguments: '{"filters": ["price<cheap"]', ok: false };
    const empty = search(['category=skirt', 'color=navy', 'price<60'], []);
    const score = scoreToolUse(sample(searchTask), output([failed, empty]));
    expect(score.outcome).toBe('wrong');
    expect(score.metrics).toMatchObject({ 'tool-f1': 1, 'argument-f1': 1, 'arguments-valid': 0.5 });
    expect(score.note).toContain('no catalog item returned');
  });

  it('penalises extra and missing tools in tool F1', () => {
    const extra = scoreToolUse(
      sample(searchTask),
      output([{ name: 'zoom', arguments: '{}', ok: true }, search(['category=skirt'], ['s1'])]),
    );
    // called {zoom, search_catalog} vs needed {search_catalog}: precision 1/2, recall 1 → 2/3.
    expect(extra.metrics?.['tool-f1']).toBeCloseTo(2 / 3, 10);
    expect(extra.outcome).toBe('correct');
    const none = scoreToolUse(sample(searchTask), output([], 'I cannot search.'));
    expect(none.metrics).toEqual({ 'tool-f1': 0, 'argument-f1': 0, 'arguments-valid': 0, outcome: 0 });
  });
});

describe('scoreToolUse on a generate task', () => {
  const generateTask: ToolUseExpected = {
    tools: ['generate_image'],
    arguments: {
      generate_image: { promptAttributes: { category: 'jacket', color: 'navy', pattern: 'pinstripe' } },
    },
    requiredAttributes: { category: 'jacket', color: 'navy' },
  };

  it('checks that the prompt names the required attributes as the world parser reads them', () => {
    const good = scoreToolUse(sample(generateTask), output([generate('a white shirt under a navy blazer')]));
    expect(good).toMatchObject({ outcome: 'correct', score: 1 });
    expect(good.metrics?.['argument-f1']).toBeCloseTo(2 / 3, 10);
    const bad = scoreToolUse(sample(generateTask), output([generate('a navy shirt with a white jacket')]));
    expect(bad).toMatchObject({ outcome: 'wrong', score: 0 });
    expect(bad.note).toContain('names 1 of 2 required attributes');
  });

  it('uses the promptAttributes as the requirement when none are given separately', () => {
    const { requiredAttributes: _required, ...rest } = generateTask;
    const score = scoreToolUse(sample(rest), output([generate('navy pinstripe blazer')]));
    expect(score).toMatchObject({ outcome: 'correct', score: 1 });
    expect(score.metrics?.['argument-f1']).toBe(1);
  });

  it('requires both checks on a task that searches and generates', () => {
    const both: ToolUseExpected = {
      ...searchTask,
      tools: ['search_catalog', 'generate_image'],
      requiredAttributes: { category: 'skirt' },
    };
    const onlySearch = scoreToolUse(sample(both), output([search(['category=skirt'], ['s1'])]));
    expect(onlySearch.outcome).toBe('wrong');
    expect(onlySearch.note).toContain('no image generated');
    const full = scoreToolUse(
      sample(both),
      output([search(['category=skirt'], ['s1']), generate('navy skirt')]),
    );
    expect(full.outcome).toBe('correct');
  });
});

describe('scoreToolUse without world checks', () => {
  it('succeeds when exactly the needed tools were called', () => {
    const task: ToolUseExpected = { tools: ['get_board'] };
    const call: Call = { name: 'get_board', arguments: '{"user":"u1"}', ok: true };
    expect(scoreToolUse(sample(task), output([call])).outcome).toBe('correct');
    expect(scoreToolUse(sample(task), output([call, search([], ['s1'])])).outcome).toBe('wrong');
  });

  it('refuses an unreadable expectation', () => {
    expect(() =>
      scoreToolUse({ ...sample({ tools: [] }), expected: { tools: 'search' } }, output([])),
    ).toThrow(/tool-1 has an unreadable expected \(tools:/);
  });
});
