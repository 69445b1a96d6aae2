import { AtelierError } from '../../core/index.ts';

type OptionValue = string | number | boolean;

/**
 * Reads a suite's knobs (`--option key=value`). Unknown keys are refused rather than ignored: a
 * misspelt `resolutoin=1024` silently running at the default would publish the wrong difficulty.
 */
export class SuiteOptions {
  constructor(
    private readonly suite: string,
    private readonly values: Readonly<Record<string, OptionValue>>,
    known: readonly string[],
  ) {
    const unknown = Object.keys(values).filter((key) => !known.includes(key));
    if (unknown.length > 0) {
      throw new AtelierError(
        'INVALID_ARGUMENT',
        `suite ${suite} has no option ${unknown.map((key) => `"${key}"`).join(', ')}`,
        { hint: `Options of ${suite}: ${known.join(', ') || '(none)'}.` },
      );
    }
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.values[name];
    if (raw === undefined) return fallback;
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new AtelierError(
        'INVALID_ARGUMENT',
        `suite ${this.suite}: option ${name}=${String(raw)} is not a whole number from ${min} to ${max}`,
        { hint: `Pass --option ${name}=${fallback}, or another whole number from ${min} to ${max}.` },
      );
    }
    return value;
  }

  choice<T extends string>(name: string, fallback: T, allowed: readonly T[]): T {
    const raw = this.values[name];
    if (raw === undefined) return fallback;
    const value = String(raw).trim();
    if (!(allowed as readonly string[]).includes(value)) {
      throw new AtelierError(
        'INVALID_ARGUMENT',
        `suite ${this.suite}: option ${name}=${value} is not one of ${allowed.join(', ')}`,
        { hint: `Pass --option ${name}=${fallback}, or one of ${allowed.join(', ')}.` },
      );
    }
    return value as T;
  }
}

/** How many samples a suite builds: the caller's limit, else the suite's default. */
export function sampleCount(suite: string, limit: number | undefined, fallback: number): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new AtelierError('INVALID_ARGUMENT', `suite ${suite}: limit ${limit} is not a whole number ≥ 0`, {
      hint: 'Pass --limit 100, or another whole number of samples.',
    });
  }
  return limit;
}
