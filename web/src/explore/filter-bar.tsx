import { type FormEvent, useEffect, useId, useState } from 'react';
import { equalityValue, rangeValue, replaceFilter } from './filter-edit.ts';
import { CATEGORIES, COLORS, FIELD_SUGGESTIONS, PATTERNS } from './filter-vocabulary.ts';
import { filterLabel } from './parse-filter.ts';

interface FilterBarProps {
  filters: string[];
  onChange: (filters: string[]) => void;
}

const EQUAL = ['='];
const AT_LEAST = ['>=', '>'];
const AT_MOST = ['<=', '<'];

function PriceInput({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
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
      placeholder={label === 'Lowest price' ? 'min' : 'max'}
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
export function FilterBar({ filters, onChange }: FilterBarProps) {
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
  const color = equalityValue(filters, 'color');
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
        <label className="filter-field">
          <span>Category</span>
          <select
            value={equalityValue(filters, 'category')}
            onChange={(event) => select('category', event.target.value)}
          >
            <option value="">any</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-field">
          <span>Colour</span>
          {color && COLORS[color] ? (
            <span className="swatch" style={{ background: COLORS[color] }} aria-hidden="true" />
          ) : null}
          <select value={color} onChange={(event) => select('color', event.target.value)}>
            <option value="">any</option>
            {Object.keys(COLORS).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-field">
          <span>Pattern</span>
          <select
            value={equalityValue(filters, 'pattern.kind')}
            onChange={(event) => select('pattern.kind', event.target.value)}
          >
            <option value="">any</option>
            {PATTERNS.map((pattern) => (
              <option key={pattern} value={pattern}>
                {pattern}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="filter-field price-range">
          <legend>Price</legend>
          <PriceInput
            label="Lowest price"
            value={rangeValue(filters, 'price', AT_LEAST)}
            onCommit={price(AT_LEAST, '>=')}
          />
          <span aria-hidden="true">–</span>
          <PriceInput
            label="Highest price"
            value={rangeValue(filters, 'price', AT_MOST)}
            onCommit={price(AT_MOST, '<=')}
          />
        </fieldset>
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
            {FIELD_SUGGESTIONS.map((suggestion) => (
              <option key={suggestion} value={suggestion} />
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
