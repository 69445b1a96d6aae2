import type { FacetValue } from './explore-types.ts';

interface FacetSelectProps {
  label: string;
  /** Undefined while the catalog's values are on their way. */
  values: FacetValue[] | undefined;
  value: string;
  onChange: (value: string) => void;
}

/** A picker over the values the catalog holds for one field, each with how many items have it. */
export function FacetSelect({ label, values, value, onChange }: FacetSelectProps) {
  const current = values?.find((option) => option.value === value);
  return (
    <label className="filter-field">
      <span>{label}</span>
      {current?.hex ? (
        <span className="swatch" style={{ background: current.hex }} aria-hidden="true" />
      ) : null}
      <select
        value={value}
        aria-busy={values === undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">any</option>
        {/* A value from the URL that the catalog no longer holds stays selectable, so it can be seen. */}
        {value && !current ? <option value={value}>{value} (0)</option> : null}
        {values?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.value} ({option.count.toLocaleString('en-US')})
          </option>
        ))}
      </select>
    </label>
  );
}
