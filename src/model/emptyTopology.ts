import { CURRENT_VERSION, DEFAULT_SETTINGS, type Topology } from './schema.ts';

export function emptyTopology(name = 'Untitled design'): Topology {
  return { version: CURRENT_VERSION, name, nodes: [], links: [], settings: { ...DEFAULT_SETTINGS, faults: [], prices: {} } };
}
