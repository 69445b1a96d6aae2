const PRICE = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** The world prices items in dollars (its parser reads "$60"), so the app shows them that way. */
export function formatPrice(price: number | null | undefined): string {
  return typeof price === 'number' && Number.isFinite(price) ? PRICE.format(price) : '';
}
