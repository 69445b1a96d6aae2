/** Baselines are labelled as baselines on every page: nothing may pass for a model that is not one. */
export function BaselineBadge({ kind }: { kind: string | undefined }) {
  if (kind !== 'baseline') return null;
  return (
    <span className="badge badge-baseline" title="A baseline, not a model">
      baseline
    </span>
  );
}
