import { server } from './server.ts';
import { iovSwitch } from './iov-switch.ts';
import { fcHba } from './fc-hba.ts';
import { ethNic } from './eth-nic.ts';
import { san } from './san.ts';
import { lan } from './lan.ts';
import { defaultProps, type PropertySpecs, type PropsOf } from './property.ts';

/** The registry of node kinds; every other module asks it rather than naming kinds itself. */
export const catalog = {
  server,
  'iov-switch': iovSwitch,
  'fc-hba': fcHba,
  'eth-nic': ethNic,
  san,
  lan,
} as const;

export type NodeKind = keyof typeof catalog;
export const NODE_KINDS = Object.keys(catalog) as NodeKind[];
export type KindProps<K extends NodeKind> = PropsOf<(typeof catalog)[K]['props']>;

export const ADAPTER_KINDS = ['fc-hba', 'eth-nic'] as const satisfies readonly NodeKind[];
export type AdapterKind = (typeof ADAPTER_KINDS)[number];
export const FABRIC_KINDS = ['san', 'lan'] as const satisfies readonly NodeKind[];
export type FabricKind = (typeof FABRIC_KINDS)[number];

export function isAdapterKind(kind: NodeKind): kind is AdapterKind {
  return kind === 'fc-hba' || kind === 'eth-nic';
}

export function isFabricKind(kind: NodeKind): kind is FabricKind {
  return kind === 'san' || kind === 'lan';
}

export function propertySpecs(kind: NodeKind): PropertySpecs {
  return catalog[kind].props;
}

export function defaultPropsOf<K extends NodeKind>(kind: K): KindProps<K> {
  return defaultProps(catalog[kind].props) as KindProps<K>;
}

export { DISPATCH_POLICIES, type DispatchPolicy } from './iov-switch.ts';
export { LINK_KINDS, linkCatalog, type LinkKind } from './links.ts';
export * from './figures.ts';
export * from './property.ts';
