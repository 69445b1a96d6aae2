import { formatPercent, formatPValue, formatSigned, formatValue } from './format.ts';
import type { CompareRun, RunComparison } from './run-types.ts';

/** "= 0.012", or "< 0.0010" when the bootstrap can only bound it. */
function withEquals(p: string) {
  return <strong>{p.startsWith('<') ? p : `= ${p}`}</strong>;
}

/** The paired statistics of two runs, each explained in one line a reader can act on. */
export function PairedStats({
  comparison,
  a,
  b,
}: {
  comparison: RunComparison | null;
  a: CompareRun;
  b: CompareRun;
}) {
  if (!comparison) {
    return (
      <section className="card paired-stats">
        <h2>Paired statistics</h2>
        <p className="muted">These runs share no scored sample, so there is nothing to pair.</p>
      </section>
    );
  }
  const { mcnemar, score } = comparison;
  const significant = mcnemar.pValue < 0.05;
  const excludesZero = score.low > 0 || score.high < 0;
  return (
    <section className="card paired-stats" aria-label="Paired statistics">
      <h2>Paired statistics</h2>
      <p className="muted small">
        On the {comparison.paired.toLocaleString('en-US')} samples both runs scored: accuracy A{' '}
        {formatPercent(comparison.accuracyA)}, B {formatPercent(comparison.accuracyB)}.
      </p>
      <dl className="paired-list">
        <div>
          <dt>
            McNemar p {withEquals(formatPValue(mcnemar.pValue))}{' '}
            <span className="muted small">
              ({mcnemar.method}, on the samples where exactly one run is right)
            </span>
          </dt>
          <dd>
            Only A right on {mcnemar.b.toLocaleString('en-US')}, only B right on{' '}
            {mcnemar.c.toLocaleString('en-US')}:{' '}
            {significant
              ? 'a split this lopsided would rarely arise by chance (p < 0.05), so the accuracies differ.'
              : 'a split like this arises by chance often enough (p ≥ 0.05) that the accuracies may not differ.'}
          </dd>
        </div>
        <div>
          <dt>
            Mean score B − A = <strong>{formatSigned(score.difference)}</strong>, 95% [
            {formatValue(score.low)}, {formatValue(score.high)}]{' '}
            <span className="muted small">
              (paired bootstrap, {score.resamples.toLocaleString('en-US')} resamples, p{' '}
              {withEquals(formatPValue(score.pValue, score.resamples))})
            </span>
          </dt>
          <dd>
            {excludesZero
              ? `The interval excludes 0: ${score.difference > 0 ? `B (${b.model})` : `A (${a.model})`} scores higher beyond resampling noise.`
              : 'The interval includes 0: the data do not tell which run scores higher.'}
          </dd>
        </div>
      </dl>
    </section>
  );
}
