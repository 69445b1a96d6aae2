import { randomBytes } from 'node:crypto';
import { AtelierError } from '../../core/index.ts';

/** Sortable, readable ids: the start time to the second plus random bits against collisions. */
export function newRunId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `run-${stamp}-${randomBytes(2).toString('hex')}`;
}

const RUN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** A run id chosen by the user (`--run ID`, so shards can name one run) is checked before use. */
export function checkRunId(id: string): string {
  if (!RUN_ID_PATTERN.test(id)) {
    throw new AtelierError('INVALID_ARGUMENT', `"${id}" is not a usable run id`, {
      hint: 'Use letters, digits, ".", "_" and "-" (up to 100 characters), starting with a letter or digit.',
    });
  }
  return id;
}
