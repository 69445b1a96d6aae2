export { AtelierError, type ErrorCode, isAtelierError, toAtelierError } from './errors.ts';
