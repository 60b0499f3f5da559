import { catalogEstimate, itemName, PRICED_ITEMS, type PricedItem, type Prices } from '../../model/index.ts';

/** A row of the price table: the item, the catalog's estimate, and the design's own figures if any. */
export type PriceRow = { item: PricedItem; name: string; estimate: { priceUsd: number; powerW: number }; own: { priceUsd?: number; powerW?: number } };

export function priceRows(prices: Prices): PriceRow[] {
  return PRICED_ITEMS.map((item) => ({ item, name: itemName(item), estimate: catalogEstimate(item), own: prices[item] ?? {} }));
}

/**
 * A typed figure as a number, `null` for "the catalog's estimate again" (an empty field), or the
 * reason it is not a figure. "$1,300" and "1 300" are read as 1300.
 */
export function parseFigure(text: string): { ok: true; value: number | null } | { ok: false; reason: string } {
  const cleaned = text.trim().replace(/^\$/, '').replace(/[,\s]/g, '').replace(/(USD|W)$/i, '');
  if (cleaned === '') return { ok: true, value: null };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, reason: `“${text.trim()}” is not a number: type a figure such as 1300, or leave it empty for the estimate.` };
  return { ok: true, value };
}
