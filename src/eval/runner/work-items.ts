import { toAtelierError } from '../../core/index.ts';
import type { EvalSample } from '../sample.ts';
import { circularVariants } from '../scorers/circular-variants.ts';
import type { SuiteContext, SuiteDefinition } from '../suite.ts';
import { inShard, type Shard } from './shard.ts';

/** One row to produce: a sample (or circular variant) at its position in the suite. */
export interface WorkItem {
  position: number;
  sample: EvalSample;
  /** A sample that cannot even be asked (e.g. circular expansion failed): stored as an error row. */
  failure?: { code: string; message: string };
}

/** What the stream has yielded so far; `complete` once the suite's last sample was read. */
export interface StreamTally {
  /** Samples the suite yielded, and the rows they expand to (circular variants). */
  samples: number;
  rows: number;
  complete: boolean;
}

/**
 * The rows a shard still owes, pulled one at a time from the suite's stream: nothing is built ahead
 * of the workers, so memory stays flat however large the suite. `finished` holds the ids to skip.
 */
export async function* workItems(
  suite: SuiteDefinition,
  context: SuiteContext,
  shard: Shard,
  circular: boolean,
  finished: Set<string>,
  tally: StreamTally,
): AsyncGenerator<WorkItem> {
  let position = 0;
  for await (const sample of suite.samples(context)) {
    const current = position;
    position += 1;
    let variants: EvalSample[] = [sample];
    let failure: WorkItem['failure'];
    if (circular && sample.scorer === 'choice') {
      try {
        variants = circularVariants(sample);
      } catch (error) {
        const atelierError = toAtelierError(error);
        failure = { code: atelierError.code, message: atelierError.message };
      }
    }
    tally.samples += 1;
    tally.rows += variants.length;
    // Every shard reads the whole stream (a sample's position is only known by counting), but builds
    // requests and calls the model only for its own positions.
    if (!inShard(current, shard)) continue;
    for (const variant of variants) {
      if (finished.delete(variant.id)) continue;
      yield failure
        ? { position: current, sample: variant, failure }
        : { position: current, sample: variant };
    }
  }
  tally.complete = true;
}
