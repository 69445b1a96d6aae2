import { useState } from 'react';
import type { DoneEvent } from './chat-events.ts';

const STOP_NOTES: Partial<Record<DoneEvent['stopReason'], string>> = {
  'max-steps': 'stopped at the step limit before a final answer',
  interrupted: 'interrupted',
};

/** After an answer: the trace id to look it up again (copyable), the steps and the time it took. */
export function TraceFooter({ done }: { done: DoneEvent }) {
  const [copied, setCopied] = useState(false);
  const note = STOP_NOTES[done.stopReason];
  const copy = async () => {
    if (!done.traceId) return;
    try {
      await navigator.clipboard.writeText(done.traceId);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      // Without clipboard permission the id stays selectable text, which is enough.
    }
  };
  return (
    <footer className="trace-footer">
      {done.traceId ? (
        <span className="trace-id">
          trace{' '}
          <code data-testid="trace-id" title="Trace id">
            {done.traceId}
          </code>
          <button type="button" className="chat-link-button" onClick={copy} aria-label="Copy the trace id">
            {copied ? 'copied' : 'copy'}
          </button>
        </span>
      ) : (
        <span>no trace stored</span>
      )}
      <span>
        {done.steps} step{done.steps === 1 ? '' : 's'}
      </span>
      <span>{(done.latencyMs / 1000).toFixed(1)} s</span>
      {note ? <span className="trace-note">{note}</span> : null}
    </footer>
  );
}
