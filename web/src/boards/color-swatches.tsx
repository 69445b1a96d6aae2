import type { ColorTable, Share } from './board-types.ts';
import { percent } from './taste-agreement.ts';

/**
 * Named colours as swatches with their shares; colours the other side also has are ticked. A colour
 * missing from `table` (one the world does not know) is drawn grey and still listed by name.
 */
export function ColorSwatches({
  colors,
  table,
  shared,
  label,
}: {
  colors: readonly Share[];
  table: ColorTable;
  shared: ReadonlySet<string>;
  label: string;
}) {
  return (
    <ul className="taste-swatches" aria-label={label}>
      {colors.map((color) => {
        const agrees = shared.has(color.value);
        return (
          <li
            key={color.value}
            className={agrees ? 'taste-swatch is-agree' : 'taste-swatch'}
            title={agrees ? `${color.value}: in both palettes` : color.value}
          >
            <span
              className="taste-swatch-color"
              style={{ background: table[color.value]?.hex ?? 'var(--line)' }}
              aria-hidden="true"
            />
            <span className="taste-swatch-name">{color.value}</span>
            <span className="taste-swatch-share">{percent(color.share)}</span>
            {agrees ? (
              <span className="taste-swatch-agree" role="img" aria-label="in both palettes">
                ✓
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
