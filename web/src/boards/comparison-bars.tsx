import { percent } from './taste-agreement.ts';

export interface ComparisonRow {
  label: string;
  /** Weight in the world's ground truth; null when there is no ground truth at all. */
  world: number | null;
  inferred: number | null;
}

function Mark({ world, inferred }: { world: number | null; inferred: number | null }) {
  if (world === null || inferred === null) return <span />;
  if (world > 0 && inferred > 0) {
    return (
      <span className="taste-mark is-agree" title="In the ground truth and in the inferred taste">
        ✓
      </span>
    );
  }
  if (world > 0) {
    return (
      <span className="taste-mark is-missed" title="In the ground truth, not recovered from the items">
        missed
      </span>
    );
  }
  return (
    <span className="taste-mark is-extra" title="Inferred from the items, not in the ground truth">
      extra
    </span>
  );
}

function Bar({ value, kind }: { value: number; kind: 'world' | 'inferred' }) {
  return (
    <span className={`taste-bar is-${kind}`}>
      <span style={{ width: percent(Math.min(1, Math.max(0, value))) }} />
    </span>
  );
}

/** Per label, a ground-truth bar above an inferred bar, with whether the two agree. */
export function ComparisonBars({ rows, caption }: { rows: ComparisonRow[]; caption: string }) {
  return (
    <table className="taste-bars">
      <caption className="visually-hidden">{caption}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">name</th>
          <th scope="col">weights</th>
          <th scope="col">world, inferred</th>
          <th scope="col">agreement</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td className="taste-bar-pair">
              {row.world !== null ? <Bar value={row.world} kind="world" /> : null}
              {row.inferred !== null ? <Bar value={row.inferred} kind="inferred" /> : null}
            </td>
            <td className="taste-bar-values">
              {row.world !== null ? (
                <span className="is-world" title="world (ground truth)">
                  {percent(row.world)}
                </span>
              ) : null}
              {row.inferred !== null ? (
                <span className="is-inferred" title="inferred from the items">
                  {percent(row.inferred)}
                </span>
              ) : null}
            </td>
            <td>
              <Mark world={row.world} inferred={row.inferred} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
