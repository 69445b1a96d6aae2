import type { ChatCallOptions, ChatResponse } from '../../core/index.ts';
import { ModelCallError } from '../model-call-error.ts';
import { startDeadline } from './call-deadline.ts';
import type { ChatAnswer } from './chat-answer.ts';
import {
  classifySdkError,
  type ProviderErrorContext,
  type SdkErrorClasses,
  toModelCallError,
} from './provider-errors.ts';

/**
 * Runs one provider call under the deadline and the caller's signal, times it, and turns whatever
 * goes wrong into a ModelCallError. `run` returns undefined when the answer held nothing to use.
 */
export async function guardedCall(
  context: ProviderErrorContext,
  sdkErrors: SdkErrorClasses,
  options: ChatCallOptions,
  run: (signal: AbortSignal) => Promise<ChatAnswer | undefined>,
): Promise<ChatResponse> {
  const started = performance.now();
  const deadline = startDeadline(context.timeoutMs, options.signal);
  let result: ChatAnswer | undefined;
  try {
    result = await run(deadline.signal);
  } catch (error) {
    throw toModelCallError(error, classifySdkError(error, sdkErrors), context, deadline);
  } finally {
    deadline.dispose();
  }
  // Both SDKs end an aborted stream without an error: what we hold may be cut short.
  if (deadline.cancelled() || deadline.timedOut()) {
    throw toModelCallError(undefined, { kind: 'aborted' }, context, deadline);
  }
  if (result === undefined) {
    throw new ModelCallError(
      'MODEL_RESPONSE_INVALID',
      `${context.label}: the stream ended before any answer began`,
      { retryable: true, endpoint: context.endpoint },
      { hint: 'The connection may have been cut; if it keeps happening, check the server or proxy.' },
    );
  }
  return { ...result, latencyMs: Math.round(performance.now() - started) };
}
