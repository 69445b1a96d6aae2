const LEVELS = ['athletic', 'casual', 'smart casual', 'business', 'evening'];

function position(value: number): string {
  return `${((Math.min(5, Math.max(1, value)) - 1) / 4) * 100}%`;
}

/** The world's formality scale (1–5) with the expected and the observed mean marked on it. */
export function FormalityScale({ world, inferred }: { world: number | null; inferred: number | null }) {
  return (
    <div className="taste-formality">
      <div className="taste-formality-track">
        {world !== null ? (
          <span
            className="taste-formality-marker is-world"
            style={{ left: position(world) }}
            title={`world (ground truth): ${world.toFixed(1)}`}
          />
        ) : null}
        {inferred !== null ? (
          <span
            className="taste-formality-marker is-inferred"
            style={{ left: position(inferred) }}
            title={`mean of the items: ${inferred.toFixed(1)}`}
          />
        ) : null}
      </div>
      <div className="taste-formality-levels muted" aria-hidden="true">
        <span>{LEVELS[0]}</span>
        <span>{LEVELS[4]}</span>
      </div>
      <p className="taste-formality-values">
        {world !== null ? <span className="is-world">world {world.toFixed(1)}</span> : null}
        {inferred !== null ? <span className="is-inferred">items {inferred.toFixed(1)}</span> : null}
        <span className="muted">of 5</span>
      </p>
    </div>
  );
}
