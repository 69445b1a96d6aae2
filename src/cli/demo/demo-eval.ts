import {
  buildReport,
  createRunModel,
  declaredHeadline,
  getSuite,
  renderMarkdown,
  runEval,
} from '../../eval/index.ts';
import { openAssistantServices } from '../assistant-services.ts';

/** One row of the demo leaderboard: a baseline on a suite (the demo has no model weights). */
interface DemoRun {
  suite: string;
  spec: string;
  blind?: boolean;
}

/**
 * Small, fast settings per suite: enough samples for intervals that mean something, renders small
 * enough that the whole demo stays under a couple of minutes on two cores.
 */
const SUITE_SETTINGS: Record<string, { limit: number; options: Record<string, string | number> }> = {
  perception: { limit: 48, options: { resolution: 256 } },
  detail: { limit: 24, options: { sceneSize: 1024 } },
  'style-fitb': { limit: 40, options: { resolution: 192 } },
  'style-compat': { limit: 40, options: { resolution: 192 } },
  'board-recs': { limit: 32, options: { resolution: 160 } },
  'tool-use': { limit: 24, options: {} },
};

/**
 * Every suite with the offline baselines: random and oracle (the floor and the ceiling that checks
 * the scorers), the rule-based policy run blind (the text prior), embed-knn where the suite ranks
 * images against context, and the rule-based assistant on the tool-use tasks.
 */
function plan(): DemoRun[] {
  const runs: DemoRun[] = [];
  for (const suite of Object.keys(SUITE_SETTINGS)) {
    runs.push({ suite, spec: 'random' });
    if (suite === 'tool-use') {
      runs.push({ suite, spec: 'rules' });
      continue;
    }
    runs.push({ suite, spec: 'oracle' }, { suite, spec: 'rules', blind: true });
    if (suite === 'style-fitb' || suite === 'style-compat' || suite === 'board-recs') {
      runs.push({ suite, spec: 'embed-knn:classic' });
    }
  }
  return runs;
}

export interface DemoEval {
  runIds: string[];
  markdown: string;
}

export async function demoEval(
  home: string,
  signal: AbortSignal,
  onRun?: (line: string) => void,
): Promise<DemoEval> {
  const services = await openAssistantServices(home);
  try {
    const runIds: string[] = [];
    for (const run of plan()) {
      if (signal.aborted) break;
      const settings = SUITE_SETTINGS[run.suite]!;
      const model = await createRunModel(run.spec, { store: services.store, seed: 0 });
      const summary = await runEval({
        store: services.store,
        suite: getSuite(run.suite),
        context: { store: services.store, seed: 0, limit: settings.limit, options: settings.options },
        model,
        modelSpec: run.spec,
        tools: services.tools,
        concurrency: 8,
        ...(run.blind ? { blind: true } : {}),
        signal,
      });
      runIds.push(summary.run.id);
      onRun?.(
        `  ${run.suite.padEnd(13)} ${summary.run.modelLabel.padEnd(36)} ${summary.counts.done} samples`,
      );
    }
    const report = buildReport(services.store, runIds, declaredHeadline, 0);
    return { runIds, markdown: renderMarkdown(report, { leaderboardOnly: true }) };
  } finally {
    await services.close();
  }
}
