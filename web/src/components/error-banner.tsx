import type { ApiError } from '../api/api-error.ts';

/** An API error as the CLI prints it: the message, its stable code, and the hint that says what to do. */
export function ErrorBanner({ error, onRetry }: { error: ApiError | Error; onRetry?: () => void }) {
  const code = 'code' in error ? error.code : undefined;
  const hint = 'hint' in error ? error.hint : undefined;
  return (
    <div className="error-banner" role="alert">
      <strong>{error.message}</strong>
      {code ? <code className="error-code">{code}</code> : null}
      {hint ? <p>{hint}</p> : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
