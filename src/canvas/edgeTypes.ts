import type { EdgeTypes } from '@xyflow/react';
import type { LinkKind } from '../model/index.ts';
import { LinkEdge } from './edges/LinkEdge.tsx';

/** One component draws every kind of cable; the kind only changes its class (colour and dash). */
export const edgeTypes = {
  pcie: LinkEdge,
  fc: LinkEdge,
  ethernet: LinkEdge,
} satisfies Record<LinkKind, EdgeTypes[string]>;
