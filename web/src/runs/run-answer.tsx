import { formatCost, formatMilliseconds, formatValue } from './format.ts';
import { OutcomeBadge } from './outcome-badge.tsx';
import type { SampleDetail } from './run-types.ts';
import { ToolCalls } from './tool-calls.tsx';

/**
 * What one run made of a sample: the extracted answer against the truth, the score and its note,
 * the model's raw output exactly as written, per-sample metrics, tool calls and costs.
 */
export function RunAnswer({ detail, heading }: { detail: SampleDetail; heading?: string | undefined }) {
  const metrics = Object.entries(detail.score?.metrics ?? {});
  const rawText = detail.output?.text;
  const usage = detail.usage;
  return (
    <div className="run-answer">
      {heading ? <h3 className="run-answer-heading">{heading}</h3> : null}
      <dl className="verdict">
        <div>
          <dt>Extracted</dt>
          <dd className="mono">{detail.extracted ?? '—'}</dd>
        </div>
        <div>
          <dt>Truth</dt>
          <dd className="mono">{detail.sample.answer ?? '—'}</dd>
        </div>
        <div>
          <dt>Outcome</dt>
          <dd>
            <OutcomeBadge status={detail.status} outcome={detail.outcome} />
          </dd>
        </div>
        <div>
          <dt>Score</dt>
          <dd className="mono">{formatValue(detail.value, 3)}</dd>
        </div>
      </dl>
      {detail.score?.note ? <p className="score-note">{detail.score.note}</p> : null}
      {detail.error ? (
        <div className="error-banner" role="note">
          <strong>{detail.error.message}</strong>
          <code className="error-code">{detail.error.code}</code>
        </div>
      ) : null}
      <section className="viewer-section" aria-label="Raw output">
        <h3>Raw output</h3>
        <pre className="raw-output" data-testid="sample-raw-output">
          {rawText === undefined || rawText === '' ? <span className="muted">(no text)</span> : rawText}
        </pre>
      </section>
      {metrics.length > 0 ? (
        <section className="viewer-section" aria-label="Metrics">
          <h3>Metrics</h3>
          <dl className="facts">
            {metrics.map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd className="mono">{formatValue(value)}</dd>
              </div>
            ))}
            {detail.score?.prediction === undefined ? null : (
              <div>
                <dt>prediction</dt>
                <dd className="mono">{formatValue(detail.score.prediction)}</dd>
              </div>
            )}
          </dl>
        </section>
      ) : null}
      <ToolCalls calls={detail.output?.toolCalls ?? []} />
      <dl className="facts facts-inline muted">
        <div>
          <dt>latency</dt>
          <dd>{formatMilliseconds(detail.latencyMs)}</dd>
        </div>
        <div>
          <dt>tokens</dt>
          <dd>
            {usage.inputTokens ?? 0} in / {usage.outputTokens ?? 0} out
          </dd>
        </div>
        {usage.cost ? (
          <div>
            <dt>cost</dt>
            <dd>{formatCost(usage.cost)}</dd>
          </div>
        ) : null}
        {detail.output?.stopReason ? (
          <div>
            <dt>stop</dt>
            <dd>{detail.output.stopReason}</dd>
          </div>
        ) : null}
        {detail.output?.cached ? (
          <div>
            <dt>cache</dt>
            <dd>hit</dd>
          </div>
        ) : null}
        {detail.output?.traceId ? (
          <div>
            <dt>trace</dt>
            <dd className="mono">{detail.output.traceId}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
