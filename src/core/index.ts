export { AtelierError, type ErrorCode, isAtelierError, toAtelierError } from './errors.ts';
export { mapInOrder } from './map-in-order.ts';
