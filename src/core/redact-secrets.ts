/**
 * Keeps API keys out of everything we write down: traces, logs, reports, error messages. Values are
 * matched, not names, because a key leaks through wherever it travels (an echoed header, a URL with
 * ?key=, an error body quoting the request).
 */

export const REDACTED = '[redacted]';

/** Shorter values are too likely to occur by chance ("true", a port) to be worth hiding. */
export const MIN_SECRET_LENGTH = 8;

/**
 * Keys this process has handed to a model client (from a config file as well as the environment).
 * collectSecrets always includes them, so a key written literally in atelier.config.yaml is
 * redacted everywhere without every caller having to pass it along.
 */
const registered = new Set<string>();

export function registerSecret(value: string | undefined): void {
  const trimmed = value?.trim();
  if (trimmed !== undefined && trimmed.length >= MIN_SECRET_LENGTH) registered.add(trimmed);
}

const SECRET_NAME = /(?:^|_)(?:API_KEY|TOKEN|SECRET|PASSWORD)$/i;

/**
 * The values of environment variables named like secrets (…_API_KEY, …_TOKEN, …_SECRET,
 * …_PASSWORD), plus `extra` values and every registered key, at least MIN_SECRET_LENGTH
 * long, without duplicates, longest first.
 */
export function collectSecrets(
  env: Readonly<Record<string, string | undefined>>,
  extra: Iterable<string | undefined> = [],
): string[] {
  const found = new Set<string>();
  const add = (value: string | undefined) => {
    const trimmed = value?.trim();
    if (trimmed !== undefined && trimmed.length >= MIN_SECRET_LENGTH) found.add(trimmed);
  };
  for (const [name, value] of Object.entries(env)) if (SECRET_NAME.test(name)) add(value);
  for (const value of extra) add(value);
  for (const value of registered) add(value);
  return [...found].sort((left, right) => right.length - left.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One regex of every secret, longest first, compiled once per list: a trace with hundreds of events
 * is redacted in one pass per string instead of one pass per secret.
 */
const compiled = new WeakMap<readonly string[], RegExp | null>();

function patternFor(secrets: readonly string[]): RegExp | null {
  let pattern = compiled.get(secrets);
  if (pattern !== undefined) return pattern;
  const usable = [...new Set(secrets.filter((secret) => secret.length > 0))].sort(
    (left, right) => right.length - left.length,
  );
  pattern = usable.length === 0 ? null : new RegExp(usable.map(escapeRegExp).join('|'), 'g');
  compiled.set(secrets, pattern);
  return pattern;
}

/**
 * `text` with every occurrence of every secret replaced by [redacted]. Overlapping secrets are
 * covered as a whole: a plain left-to-right replace would hide the first and leave the tail of the
 * second readable.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  const pattern = patternFor(secrets);
  if (pattern === null || text.length === 0) return text;
  const covered: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const last = covered[covered.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else covered.push([start, end]);
    // Resume one character later rather than at the end, to find secrets that begin inside this one.
    pattern.lastIndex = start + 1;
  }
  if (covered.length === 0) return text;
  let result = '';
  let position = 0;
  for (const [start, end] of covered) {
    result += text.slice(position, start) + REDACTED;
    position = end;
  }
  return result + text.slice(position);
}

/**
 * A copy of a JSON-like value with secrets redacted in every string, keys included. Errors inside it
 * become plain `{ name, message, … }` objects, since their messages are where keys most often leak.
 */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (patternFor(secrets) === null) return value;
  return redactValue(value, secrets) as T;
}

function redactValue(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redactSecrets(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets));
  if (value === null || typeof value !== 'object') return value;
  const prototype = Object.getPrototypeOf(value);
  // Bytes, dates and class instances are not JSON text; leave them as they are.
  if (prototype !== Object.prototype && prototype !== null) {
    if (value instanceof Error) return redactError(value, secrets);
    return value;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    copy[redactSecrets(key, secrets)] = redactValue(item, secrets);
  return copy;
}

/** Errors carry messages that may quote a request; a plain object keeps what a log needs of them. */
function redactError(error: Error, secrets: readonly string[]): Record<string, unknown> {
  const plain: Record<string, unknown> = { name: error.name, message: error.message };
  for (const [key, item] of Object.entries(error)) plain[key] = item;
  return redactValue(plain, secrets) as Record<string, unknown>;
}
