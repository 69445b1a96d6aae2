import { type AtelierError, collectSecrets, redactSecrets, toAtelierError } from '../core/index.ts';

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
  // A server may quote the key back in its error text; nothing we print may carry it.
  const secrets = collectSecrets(process.env);
  const message = redactSecrets(error.message, secrets);
  const hint = error.hint === undefined ? undefined : redactSecrets(error.hint, secrets);
  if (options.json) {
    const body = { code: error.code, message, ...(hint === undefined ? {} : { hint }) };
    process.stdout.write(`${JSON.stringify({ ok: false, error: body })}\n`);
  } else {
    process.stderr.write(`error ${error.code}: ${message}\n`);
    if (hint) process.stderr.write(`  hint: ${hint}\n`);
  }
  if (options.debug) {
    const cause = error.cause instanceof Error ? error.cause : error;
    process.stderr.write(`${cause.stack ?? String(cause)}\n`);
  }
  return error.code === 'USAGE' || error.code === 'INVALID_ARGUMENT' ? 2 : 1;
}
