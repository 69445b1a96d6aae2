import { type FormEvent, useEffect, useId, useState } from 'react';
import type { FacetField, Facets, FieldHint } from './explore-types.ts';
import { FacetSelect } from './facet-select.tsx';
import { equalityValue, rangeValue, replaceFilter } from './filter-edit.ts';
import { filterLabel } from './parse-filter.ts';

interface FilterBarProps {
  filters: string[];
  onChange: (filters: string[]) => void;
  /** What the catalog holds (GET /api/facets); undefined while loading or when it failed. */
  facets: Facets | undefined;
}

const PICKERS: readonly [field: FacetField, label: string][] = [
  ['category', 'Category'],
  ['color', 'Colour'],
  ['pattern.kind', 'Pattern'],
];

function suggestion(hint: FieldHint): string {
  return hint.kind === 'number' ? `${hint.field}>=${hint.example}` : `${hint.field}=${hint.example}`;
}

const EQUAL = ['='];
const AT_LEAST = ['>=', '>'];
const AT_MOST = ['<=', '<'];

function PriceInput({
  label,
  value,
  placeholder,
  onCommit,
}: {
  label: string;
  value: string;
  placeholder: string;
  onCommit: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => {
    setDraft(value);
  }, [value]);
  const commit = () => {
    if (draft.trim() !== value) onCommit(draft.trim());
  };
  return (
    <input
      type="number"
      min={0}
      step="any"
      inputMode="decimal"
      className="price-input"
      aria-label={label}
      placeholder={placeholder}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}

/** Quick filters for the common fields, a free-form FIELD=VALUE for the rest, and removable chips. */
export function FilterBar({ filters, onChange, facets }: FilterBarProps) {
  const listId = useId();
  const [custom, setCustom] = useState('');
  const [open, setOpen] = useState(false);
  const select = (field: string, value: string) =>
    onChange(replaceFilter(filters, field, EQUAL, value ? `${field}=${value}` : null));
  const price = (ops: string[], op: string) => (value: string) =>
    onChange(
      replaceFilter(
        filters,
        'price',
        ops,
        value && Number.isFinite(Number(value)) ? `price${op}${value}` : null,
      ),
    );
  const addCustom = (event: FormEvent) => {
    event.preventDefault();
    const text = custom.trim();
    if (!text) return;
    if (!filters.includes(text)) onChange([...filters, text]);
    setCustom('');
  };
  const lowest = rangeValue(filters, 'price', AT_LEAST);
  const highest = rangeValue(filters, 'price', AT_MOST);
  return (
    <div className="filter-bar">
      <button
        type="button"
        className={`filter-toggle ${open ? 'is-active' : ''}`}
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
      >
        Filters{filters.length > 0 ? ` (${filters.length})` : ''}
      </button>
      <div className={`filter-controls ${open ? 'is-open' : ''}`}>
        {PICKERS.map(([field, label]) => {
          const value = equalityValue(filters, field);
          const values = facets?.values[field];
          // A catalog without this field gets no picker for it, unless the URL already filters on it.
          if (values?.length === 0 && !value) return null;
          return (
            <FacetSelect
              key={field}
              label={label}
              values={values}
              value={value}
              onChange={(next) => select(field, next)}
            />
          );
        })}
        {facets && !facets.price && !lowest && !highest ? null : (
          <fieldset className="filter-field price-range">
            <legend>Price</legend>
            <PriceInput
              label="Lowest price"
              value={lowest}
              placeholder={facets?.price ? String(Math.floor(facets.price.min)) : 'min'}
              onCommit={price(AT_LEAST, '>=')}
            />
            <span aria-hidden="true">–</span>
            <PriceInput
              label="Highest price"
              value={highest}
              placeholder={facets?.price ? String(Math.ceil(facets.price.max)) : 'max'}
              onCommit={price(AT_MOST, '<=')}
            />
          </fieldset>
        )}
        <form className="filter-field custom-filter" onSubmit={addCustom}>
          <input
            type="text"
            list={listId}
            value={custom}
            onChange={(event) => setCustom(event.target.value)}
            placeholder="field=value"
            aria-label="Add a filter (field=value, field<number, field in a,b)"
            spellCheck={false}
          />
          <datalist id={listId}>
            {facets?.fields.map((hint) => (
              <option key={hint.field} value={suggestion(hint)} />
            ))}
          </datalist>
          <button type="submit" disabled={!custom.trim()}>
            Add
          </button>
        </form>
      </div>
      {filters.length > 0 ? (
        <ul className="chip-row" aria-label="Active filters">
          {filters.map((filter) => (
            <li key={filter} className="chip">
              <span>{filterLabel(filter)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove filter ${filter}`}
                onClick={() => onChange(filters.filter((other) => other !== filter))}
              >
                ×
              </button>
            </li>
          ))}
          {filters.length > 1 ? (
            <li>
              <button type="button" className="link-button" onClick={() => onChange([])}>
                Clear filters
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
