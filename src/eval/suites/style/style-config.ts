import type { SuiteContext } from '../../suite.ts';
import { SuiteOptions } from '../suite-options.ts';

export interface StyleConfig {
  /** Side of each product shot in pixels. */
  resolution: number;
  /** Items in the world catalog the outfits are drawn from. */
  poolSize: number;
}

export function readStyleConfig(suite: string, options: SuiteContext['options']): StyleConfig {
  const reader = new SuiteOptions(suite, options, ['resolution', 'pool']);
  return {
    resolution: reader.integer('resolution', 256, 64, 2048),
    poolSize: reader.integer('pool', 2000, 200, 1_000_000),
  };
}
