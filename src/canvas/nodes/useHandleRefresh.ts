import { useUpdateNodeInternals } from '@xyflow/react';
import { useEffect, useRef } from 'react';

/**
 * React Flow measures a node's handles when the node's size changes. A handle can come or go
 * without that (a new PCIe cable adds a port on a switch's top edge), so measure again then,
 * and only then: a dragged node renders at every frame.
 */
export function useHandleRefresh(nodeId: string, handleIds: readonly string[]) {
  const updateNodeInternals = useUpdateNodeInternals();
  const key = handleIds.join(' ');
  // React Flow measures a new node itself; measuring it here too, at mount, would resolve the
  // first fitView before the other nodes have a size.
  const measured = useRef(key);
  useEffect(() => {
    if (measured.current === key) return;
    measured.current = key;
    updateNodeInternals(nodeId);
  });
}
