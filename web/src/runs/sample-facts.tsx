import type { SampleDetail } from './run-types.ts';

/** The sample's breakdown keys and structured truth: why it is hard, and what exactly was asked. */
export function SampleFacts({ detail }: { detail: SampleDetail }) {
  const difficulty = Object.entries(detail.sample.difficulty ?? {});
  const expected = detail.sample.expected;
  return (
    <section className="viewer-section" aria-label="Sample details">
      <h3>Sample</h3>
      <dl className="facts facts-inline">
        <div>
          <dt>id</dt>
          <dd className="mono">{detail.id}</dd>
        </div>
        <div>
          <dt>position</dt>
          <dd>{detail.position}</dd>
        </div>
        {detail.sample.scorer ? (
          <div>
            <dt>scorer</dt>
            <dd>{detail.sample.scorer}</dd>
          </div>
        ) : null}
        {detail.sample.kind ? (
          <div>
            <dt>kind</dt>
            <dd>{detail.sample.kind}</dd>
          </div>
        ) : null}
        {detail.sample.tools && detail.sample.tools.length > 0 ? (
          <div>
            <dt>tools offered</dt>
            <dd>{detail.sample.tools.join(', ')}</dd>
          </div>
        ) : null}
        {difficulty.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{String(value)}</dd>
          </div>
        ))}
      </dl>
      {expected === undefined || expected === null ? null : (
        <details className="expected">
          <summary>Structured truth</summary>
          <pre>{JSON.stringify(expected, null, 2)}</pre>
        </details>
      )}
    </section>
  );
}
