import type { Topology } from '../../model/index.ts';

const withoutPrices = (t: Topology) => JSON.stringify({ ...t, settings: { ...t.settings, prices: {} } });

/** Whether a comparison still describes the design: the same, or differing only in prices (which change no simulated figure). */
export function describesDesign(source: Topology | null, document: Topology): boolean {
  if (source === null) return false;
  return source === document || withoutPrices(source) === withoutPrices(document);
}
