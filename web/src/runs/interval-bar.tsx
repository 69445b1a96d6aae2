import { formatRange, formatValue, hasEstimate } from './format.ts';
import type { MetricSummary } from './run-types.ts';

interface IntervalBarProps {
  summary: MetricSummary | undefined;
  /** The chance level, drawn as a dashed line. */
  chance?: number | undefined;
  /** Baselines are drawn in grey so they never read as a model. */
  muted?: boolean;
  width?: number;
  height?: number;
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/**
 * An estimate with its 95% interval on a fixed 0–1 axis: the bar to the estimate, whiskers from low
 * to high. Every bar of a table shares the axis, so lengths compare across rows.
 */
export function IntervalBar({ summary, chance, muted = false, width = 180, height = 18 }: IntervalBarProps) {
  const inset = 4;
  const span = width - inset * 2;
  const x = (value: number) => inset + clamp(value) * span;
  const middle = height / 2;
  const label = hasEstimate(summary)
    ? `${formatValue(summary.estimate)}, 95% interval ${formatRange(summary)}${chance === undefined ? '' : `, chance ${formatValue(chance)}`}`
    : 'no estimate';
  return (
    <svg
      className={`interval-bar ${muted ? 'is-muted' : ''}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <line className="interval-axis" x1={inset} x2={width - inset} y1={middle} y2={middle} />
      {hasEstimate(summary) ? (
        <>
          <rect
            className="interval-fill"
            x={inset}
            y={middle - 4}
            width={x(summary.estimate) - inset}
            height={8}
            rx={2}
          />
          <line
            className="interval-whisker"
            x1={x(summary.low)}
            x2={x(summary.high)}
            y1={middle}
            y2={middle}
          />
          <line
            className="interval-whisker"
            x1={x(summary.low)}
            x2={x(summary.low)}
            y1={middle - 5}
            y2={middle + 5}
          />
          <line
            className="interval-whisker"
            x1={x(summary.high)}
            x2={x(summary.high)}
            y1={middle - 5}
            y2={middle + 5}
          />
          <circle className="interval-point" cx={x(summary.estimate)} cy={middle} r={3} />
        </>
      ) : null}
      {chance === undefined ? null : (
        <line className="interval-chance" x1={x(chance)} x2={x(chance)} y1={1} y2={height - 1} />
      )}
    </svg>
  );
}

/** The tick labels of the shared axis, to sit in a column header above the bars. */
export function IntervalAxis({ width = 180 }: { width?: number }) {
  const inset = 4;
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return (
    <svg
      className="interval-axis-labels"
      width={width}
      height={14}
      viewBox={`0 0 ${width} 14`}
      aria-hidden="true"
    >
      {ticks.map((tick) => (
        <text
          key={tick}
          x={inset + tick * (width - inset * 2)}
          y={11}
          textAnchor={tick === 0 ? 'start' : tick === 1 ? 'end' : 'middle'}
        >
          {tick === 0 || tick === 1 ? String(tick) : String(tick).slice(1)}
        </text>
      ))}
    </svg>
  );
}
