import { catalog, linkCatalog, LINK_KINDS, NODE_KINDS, type LinkKind, type NodeKind } from '../catalog/index.ts';
import type { OpResult } from '../operations/result.ts';
import type { Prices, Topology } from '../schema.ts';

/** What a price table has a row for: every node kind and every cable kind. */
export type PricedItem = NodeKind | LinkKind;
export const PRICED_ITEMS: readonly PricedItem[] = [...NODE_KINDS, ...LINK_KINDS];
export type PriceField = 'priceUsd' | 'powerW';

/** The bounds of the schema's PriceSchema: an override outside them would make the file invalid. */
export const PRICE_BOUNDS: Readonly<Record<PriceField, { max: number; unit: string; noun: string }>> = {
  priceUsd: { max: 10_000_000, unit: 'USD', noun: 'price' },
  powerW: { max: 100_000, unit: 'W', noun: 'power' },
};

export function isPricedItem(item: string): item is PricedItem {
  return (PRICED_ITEMS as readonly string[]).includes(item);
}

/** The catalog's estimate of an item, before any override of the design. */
export function catalogEstimate(item: PricedItem): { priceUsd: number; powerW: number } {
  return item in catalog ? catalog[item as NodeKind].estimate : linkCatalog[item as LinkKind].estimate;
}

export function itemName(item: PricedItem): string {
  return item in catalog ? catalog[item as NodeKind].name : linkCatalog[item as LinkKind].name;
}

/**
 * The design with its own figure for an item's price or power, or with none (`null`: the catalog's
 * estimate again). An override equal to the estimate is kept: the design then says it checked it.
 */
export function setPrice(topology: Topology, item: PricedItem, field: PriceField, value: number | null): OpResult {
  if (!isPricedItem(item)) return { ok: false, reason: `There is no ${String(item)} in the price table.` };
  const bounds = PRICE_BOUNDS[field];
  if (value !== null && !(Number.isFinite(value) && value >= 0 && value <= bounds.max)) {
    return { ok: false, reason: `The ${bounds.noun} of ${itemName(item)} must be a number from 0 to ${bounds.max.toLocaleString('en-US')} ${bounds.unit}.` };
  }
  const current = topology.settings.prices[item] ?? {};
  if ((current[field] ?? null) === value) return { ok: true, topology };
  const { [field]: _dropped, ...rest } = current;
  const entry = value === null ? rest : { ...rest, [field]: value };
  const prices: Prices = { ...topology.settings.prices };
  if (Object.keys(entry).length === 0) delete prices[item];
  else prices[item] = entry;
  return { ok: true, topology: { ...topology, settings: { ...topology.settings, prices } } };
}

/** The design with the catalog's estimates everywhere: every override removed. */
export function clearPrices(topology: Topology): OpResult {
  if (Object.keys(topology.settings.prices).length === 0) return { ok: true, topology };
  return { ok: true, topology: { ...topology, settings: { ...topology.settings, prices: {} } } };
}
