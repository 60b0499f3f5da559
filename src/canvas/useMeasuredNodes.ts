import type { Node, NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';

type Size = { width: number; height: number };

/**
 * React Flow measures each node and reports the size as a `dimensions` change; the minimap and
 * fitView read it from the nodes they are given. Sizes are view state: they stay here, beside
 * the derived nodes, and never reach the document. Other changes (drag, select) are not handled
 * yet: the canvas is read-only.
 */
export function useMeasuredNodes<N extends Node>(nodes: N[]) {
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(() => new Map());
  const onNodesChange = useCallback((changes: NodeChange<N>[]) => {
    const measured = changes.flatMap((c) => (c.type === 'dimensions' && c.dimensions ? [[c.id, c.dimensions] as const] : []));
    if (measured.length > 0) setSizes((previous) => new Map([...previous, ...measured]));
  }, []);
  const measuredNodes = useMemo(
    () => nodes.map((node) => {
      const size = sizes.get(node.id);
      return size ? { ...node, measured: size } : node;
    }),
    [nodes, sizes],
  );
  return { nodes: measuredNodes, onNodesChange };
}
