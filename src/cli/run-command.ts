import { type GlobalOptions, reportError } from './output.ts';

/**
 * Wraps a command's action: turns any thrown error into one printed line and a non-zero exit code,
 * and turns Ctrl-C into an AbortSignal so that commands can clean up what they were writing.
 */
export function runCommand<T extends GlobalOptions>(
  action: (options: T, signal: AbortSignal) => Promise<void>,
): (options: T) => Promise<void> {
  return async (options) => {
    const controller = new AbortController();
    const onInterrupt = () => {
      if (controller.signal.aborted) process.exit(130);
      controller.abort();
    };
    process.on('SIGINT', onInterrupt);
    process.on('SIGTERM', onInterrupt);
    try {
      await action(options, controller.signal);
    } catch (error) {
      const code = reportError(error, options);
      process.exitCode = controller.signal.aborted ? 130 : code;
    } finally {
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onInterrupt);
    }
  };
}
