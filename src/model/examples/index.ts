import type { Topology } from '../schema.ts';
import { classicRack } from './classicRack.ts';
import { noisyNeighbour } from './noisyNeighbour.ts';
import { redundantVirtualized } from './redundantVirtualized.ts';
import { VIRTUALIZED_RACK_DOCUMENT } from './virtualizedRack.document.ts';

export type ExampleName = 'classic-rack' | 'virtualized-rack' | 'redundant-virtualized' | 'noisy-neighbour';

export const EXAMPLES: Readonly<Record<ExampleName, { title: string; summary: string; build: () => Topology }>> = {
  'classic-rack': {
    title: 'Classic rack',
    summary: '8 servers, each with its own FC HBA and Ethernet NIC: 16 adapters, mostly idle.',
    build: classicRack,
  },
  'virtualized-rack': {
    title: 'Virtualized rack',
    summary: 'The same 8 servers sharing a pool of 2 FC HBAs and 2 NICs in one IOV switch.',
    // A newcomer's first design: stored as data, built by virtualizedRack.ts (examples.test.ts).
    build: () => structuredClone(VIRTUALIZED_RACK_DOCUMENT),
  },
  'redundant-virtualized': {
    title: 'Redundant virtualized rack',
    summary: 'Two IOV switches, every server cabled to both: no single point of failure.',
    build: redundantVirtualized,
  },
  'noisy-neighbour': {
    title: 'Noisy neighbour',
    summary: 'The virtualized rack with Backup flooding the storage pool, held back by a QoS cap so the others keep their response times.',
    build: noisyNeighbour,
  },
};

export const EXAMPLE_NAMES = Object.keys(EXAMPLES) as ExampleName[];

export function isExampleName(name: string): name is ExampleName {
  return Object.hasOwn(EXAMPLES, name);
}

/** A fresh copy of a built-in design. */
export function example(name: ExampleName): Topology {
  return EXAMPLES[name].build();
}
