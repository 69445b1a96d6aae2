import { AtelierError } from '../../core/index.ts';
import type { SuiteDefinition } from '../suite.ts';
import { boardRecsSuite } from './board-recs/board-recs-suite.ts';
import { detailSuite } from './detail/detail-suite.ts';
import { perceptionSuite } from './perception/perception-suite.ts';
import { styleCompatSuite } from './style/style-compat-suite.ts';
import { styleFitbSuite } from './style/style-fitb-suite.ts';
import { toolUseSuite } from './tool-use/tool-use-suite.ts';

/** The built-in suites, generated from the procedural world, by name. */
export const SUITES: Readonly<Record<string, SuiteDefinition>> = Object.freeze({
  [perceptionSuite.name]: perceptionSuite,
  [detailSuite.name]: detailSuite,
  [styleFitbSuite.name]: styleFitbSuite,
  [styleCompatSuite.name]: styleCompatSuite,
  [boardRecsSuite.name]: boardRecsSuite,
  [toolUseSuite.name]: toolUseSuite,
});

export function getSuite(name: string): SuiteDefinition {
  const suite = Object.hasOwn(SUITES, name) ? SUITES[name] : undefined;
  if (!suite) {
    throw new AtelierError('NOT_FOUND', `there is no built-in suite "${name}"`, {
      hint: `Built-in suites: ${Object.keys(SUITES).join(', ')}. Or pass a .jsonl or VLMEvalKit .tsv file.`,
    });
  }
  return suite;
}

/**
 * What a report needs of a built-in suite to rank its runs: its headline metrics and their chance
 * values (copies, safe to send or change). Undefined for external data, which declares none.
 */
export function declaredHeadline(
  suite: string,
): { headline: string[]; chance: Record<string, number> } | undefined {
  const declared = Object.hasOwn(SUITES, suite) ? SUITES[suite] : undefined;
  return declared ? { headline: [...declared.headline], chance: { ...declared.chance } } : undefined;
}
