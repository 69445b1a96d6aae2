import type { ToolCall } from './run-types.ts';

function prettyArguments(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // A model may write arguments that are not JSON: that is worth seeing as it was written.
    return text;
  }
}

/** The tools an agent sample called, in order: arguments as written, and what came back. */
export function ToolCalls({ calls }: { calls: readonly ToolCall[] }) {
  if (calls.length === 0) return null;
  return (
    <section className="viewer-section" aria-label="Tool calls">
      <h3>Tool calls ({calls.length})</h3>
      <ol className="tool-calls">
        {calls.map((call, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: calls are a fixed, ordered record.
          <li key={index} className="tool-call">
            <div className="tool-call-head">
              <span className="tool-call-index muted">{index + 1}</span>
              <code className="tool-call-name">{call.name}</code>
              <span className={`badge ${call.ok ? 'badge-correct' : 'badge-error'}`}>
                {call.ok ? 'ok' : 'failed'}
              </span>
            </div>
            <pre className="tool-call-arguments">{prettyArguments(call.arguments)}</pre>
            {call.resultText ? (
              <details className="tool-call-result">
                <summary>Result ({call.resultText.length.toLocaleString('en-US')} characters)</summary>
                <pre>{call.resultText}</pre>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
