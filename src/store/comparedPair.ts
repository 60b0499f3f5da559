import { counterpartOf, designWithoutQos, indexOf, serversWithQos, type Topology } from '../model/index.ts';

/** Which way round a design is: dedicated adapters, or a pool in an IOV switch. */
export type DesignSide = 'dedicated' | 'virtualized';

/**
 * The two columns of a comparison: the base, and the variant read against it (the change column is
 * variant against base). Dedicated then virtualized; without QoS then with QoS.
 */
export type ComparedSide = 'base' | 'variant';
export const COMPARED_SIDES: readonly ComparedSide[] = ['base', 'variant'];

/**
 * What is compared: the design and its counterpart (dedicated against virtualized), or the design
 * with its servers' QoS and without it (issue 18: the noisy neighbour, capped and not).
 */
export type ComparisonKind = 'counterpart' | 'qos';

export type ComparedPair =
  | { ok: true; sourceSide: ComparedSide; topologies: Record<ComparedSide, Topology> }
  | { ok: false; reason: string };

/** Which side a design is: virtualized as soon as it has an IOV switch (as compareWithCounterpart decides). */
export function sideOf(topology: Topology): DesignSide {
  return indexOf(topology).switches.length > 0 ? 'virtualized' : 'dedicated';
}

/** The model's reason, unless the design has no adapter at all (then neither way round applies). */
function refusalOf(topology: Topology, reason: string): string {
  const hasAdapters = topology.nodes.some((n) => n.kind === 'fc-hba' || n.kind === 'eth-nic');
  return hasAdapters ? reason : 'The design has no adapters, dedicated or pooled, so it has no counterpart: give its servers an HBA and a NIC each (or an IOV switch a pool), then compare.';
}

/**
 * The two designs a comparison simulates, in their columns: dedicated (base) and virtualized
 * (variant), the design on show being either; or the design without QoS (base) and with it (variant).
 */
export function comparedPair(kind: ComparisonKind, source: Topology): ComparedPair {
  if (kind === 'qos') return qosPair(source);
  const counterpart = counterpartOf(source);
  if (!counterpart.ok) return { ok: false, reason: refusalOf(source, counterpart.reason) };
  return sideOf(source) === 'dedicated'
    ? { ok: true, sourceSide: 'base', topologies: { base: source, variant: counterpart.topology } }
    : { ok: true, sourceSide: 'variant', topologies: { base: counterpart.topology, variant: source } };
}

/** The design as it is (with QoS) beside the same design with every server's QoS taken away. */
function qosPair(source: Topology): ComparedPair {
  if (serversWithQos(source).length === 0) {
    return { ok: false, reason: 'No server of the design has QoS (a weight, a guarantee or a cap), so without QoS it is the same design: set a server’s QoS in the inspector, then compare.' };
  }
  return { ok: true, sourceSide: 'variant', topologies: { base: designWithoutQos(source), variant: source } };
}
