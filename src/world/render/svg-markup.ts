/**
 * The few string helpers every drawing file shares. Numbers are written with at most two decimals:
 * enough for sub-pixel placement at any size we render, and short enough that a scene with a hundred
 * items stays a small string (SVG size is parse time in librsvg).
 */

export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  // `Object.is(-0)` would print "-0", which is legal SVG but makes byte-level comparisons noisy.
  return rounded === 0 ? '0' : String(rounded);
}

export type AttributeValue = string | number | undefined;

/** Attributes in insertion order; undefined values are skipped so callers can pass optional ones. */
export function attributes(values: Readonly<Record<string, AttributeValue>>): string {
  let text = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    text += ` ${name}="${typeof value === 'number' ? formatNumber(value) : value}"`;
  }
  return text;
}

export function element(
  tag: string,
  values: Readonly<Record<string, AttributeValue>>,
  children?: string,
): string {
  return children === undefined
    ? `<${tag}${attributes(values)}/>`
    : `<${tag}${attributes(values)}>${children}</${tag}>`;
}

/** Ids are spliced into url(#…) references, so only plain identifier characters are allowed. */
export const ID_PREFIX_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;
