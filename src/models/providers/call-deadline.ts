/**
 * One signal for one model call that fires on the caller's abort or on the deadline, and remembers
 * which came first: both SDKs end a stream quietly when aborted, and only we can tell a timeout
 * (retryable) from a caller who gave up (not retryable).
 */
export interface CallDeadline {
  readonly signal: AbortSignal;
  timedOut(): boolean;
  cancelled(): boolean;
  dispose(): void;
}

export function startDeadline(timeoutMs: number, callerSignal?: AbortSignal): CallDeadline {
  const controller = new AbortController();
  let cause: 'timeout' | 'caller' | undefined = callerSignal?.aborted ? 'caller' : undefined;
  const onCallerAbort = () => {
    cause ??= 'caller';
    controller.abort(callerSignal?.reason);
  };
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  if (cause === 'caller') controller.abort(callerSignal?.reason);
  const timer = setTimeout(() => {
    cause ??= 'timeout';
    controller.abort(new Error(`no answer within ${timeoutMs} ms`));
  }, timeoutMs);
  return {
    signal: controller.signal,
    timedOut: () => cause === 'timeout',
    cancelled: () => cause === 'caller',
    dispose: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
