import { AtelierError } from '../../core/index.ts';

/**
 * Why a vector index refused. The core ErrorCode union has no vector-index codes, so every failure is
 * an AtelierError with code INVALID_ARGUMENT (the caller handed us a bad vector, key or file) and a
 * finer `reason` that tests and callers can match without parsing the message.
 */
export type VectorIndexErrorReason =
  | 'INVALID_KEY'
  | 'INVALID_VECTOR'
  | 'DIMENSIONS_MISMATCH'
  | 'INVALID_SETTINGS'
  | 'INDEX_BUSY'
  | 'FILE_MISSING'
  | 'FILE_CORRUPT'
  | 'FILE_MISMATCH';

export class VectorIndexError extends AtelierError {
  readonly reason: VectorIndexErrorReason;

  constructor(
    reason: VectorIndexErrorReason,
    message: string,
    options: { hint?: string; cause?: unknown } = {},
  ) {
    super('INVALID_ARGUMENT', message, options);
    this.name = 'VectorIndexError';
    this.reason = reason;
  }
}

export function isVectorIndexError(value: unknown): value is VectorIndexError {
  return value instanceof VectorIndexError;
}
