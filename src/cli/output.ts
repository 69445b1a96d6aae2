import { type AtelierError, toAtelierError } from '../core/index.ts';

/** Global flags every command understands. */
export interface GlobalOptions {
  json?: boolean;
  debug?: boolean;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * One clear line per error (plus its hint), a stack trace only with --debug, and in --json mode a
 * JSON object on stdout so that scripts never have to parse prose.
 */
export function reportError(value: unknown, options: GlobalOptions): number {
  const error: AtelierError = toAtelierError(value);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ok: false, error: error.toJSON() })}\n`);
  } else {
    process.stderr.write(`error ${error.code}: ${error.message}\n`);
    if (error.hint) process.stderr.write(`  hint: ${error.hint}\n`);
  }
  if (options.debug) {
    const cause = error.cause instanceof Error ? error.cause : error;
    process.stderr.write(`${cause.stack ?? String(cause)}\n`);
  }
  return error.code === 'USAGE' || error.code === 'INVALID_ARGUMENT' ? 2 : 1;
}
