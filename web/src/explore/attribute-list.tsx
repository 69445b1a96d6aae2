import type { ReactNode } from 'react';

/** Shown in the page's header already; repeating them in the list would only add noise. */
const SHOWN_ABOVE = new Set(['title', 'caption']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function humanise(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' ');
}

/**
 * Style mixtures (weights in [0, 1] that sum to 1) read as percentages. Known by name, because a
 * part count such as {pockets: 1} has the same shape.
 */
const MIXTURES = new Set(['archetypes', 'taste', 'latentTaste']);

function isMixture(name: string, value: Record<string, unknown>): value is Record<string, number> {
  return MIXTURES.has(name) && Object.values(value).every((weight) => typeof weight === 'number');
}

/** Colour name → swatch hex, for the colours the catalog holds (from GET /api/facets). */
export type Swatches = ReadonlyMap<string, string>;

function AttributeValue({
  name,
  value,
  swatches,
}: {
  name: string;
  value: unknown;
  swatches: Swatches;
}): ReactNode {
  if (value === null || value === undefined || value === '') return <span className="muted">—</span>;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (name === 'formality') return `${value} / 5`;
    if (name === 'price') return value.toFixed(2);
    return value.toLocaleString('en-US');
  }
  if (typeof value === 'string') {
    const swatch = swatches.get(value);
    return swatch ? (
      <>
        <span className="swatch" style={{ background: swatch }} aria-hidden="true" /> {value}
      </>
    ) : (
      value
    );
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="muted">none</span>;
    if (value.every((item) => typeof item !== 'object' || item === null)) return value.map(String).join(', ');
    return <code>{JSON.stringify(value)}</code>;
  }
  if (isRecord(value) && isMixture(name, value)) {
    return Object.entries(value)
      .sort((a, b) => b[1] - a[1])
      .map(([key, weight]) => `${key} ${Math.round(weight * 100)}%`)
      .join(' · ');
  }
  return <code>{JSON.stringify(value)}</code>;
}

function Rows({
  entries,
  prefix,
  swatches,
}: {
  entries: [string, unknown][];
  prefix: string;
  swatches: Swatches;
}) {
  return (
    <>
      {entries.map(([key, value]) => (
        <div key={prefix + key} className="attribute-row">
          <dt>{humanise(key)}</dt>
          <dd>
            <AttributeValue name={key} value={value} swatches={swatches} />
          </dd>
        </div>
      ))}
    </>
  );
}

/**
 * Every attribute the catalog holds for an item: plain values first, then each group (parts,
 * details, pattern…) under its own heading, nested groups flattened into dotted names.
 */
export function AttributeList({ attributes, swatches }: { attributes: unknown; swatches: Swatches }) {
  if (!isRecord(attributes) || Object.keys(attributes).length === 0) {
    return (
      <p className="muted" data-testid="item-attributes">
        No attributes recorded for this item.
      </p>
    );
  }
  const plain: [string, unknown][] = [];
  const groups: [string, [string, unknown][]][] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (SHOWN_ABOVE.has(key)) continue;
    if (isRecord(value) && !isMixture(key, value)) {
      const rows: [string, unknown][] = [];
      const flatten = (record: Record<string, unknown>, path: string) => {
        for (const [inner, innerValue] of Object.entries(record)) {
          if (isRecord(innerValue) && !isMixture(inner, innerValue)) flatten(innerValue, `${path}${inner} `);
          else rows.push([`${path}${inner}`, innerValue]);
        }
      };
      flatten(value, '');
      groups.push([key, rows]);
    } else {
      plain.push([key, value]);
    }
  }
  return (
    <div className="attribute-list" data-testid="item-attributes">
      <dl>
        <Rows entries={plain} prefix="" swatches={swatches} />
      </dl>
      {groups.map(([group, rows]) => (
        <section key={group} className="attribute-group">
          <h3>{humanise(group)}</h3>
          {rows.length > 0 ? (
            <dl>
              <Rows entries={rows} prefix={`${group}.`} swatches={swatches} />
            </dl>
          ) : (
            <p className="muted">none</p>
          )}
        </section>
      ))}
    </div>
  );
}
