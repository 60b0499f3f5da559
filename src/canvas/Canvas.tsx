import { Background, MiniMap, ReactFlow, type Node } from '@xyflow/react';
import { useMemo } from 'react';
import type { Topology } from '../model/index.ts';
import { edgeTypes } from './edgeTypes.ts';
import { Legend } from './Legend.tsx';
import { nodeTypes } from './nodeTypes.ts';
import { toFlow } from './toFlow.ts';
import { useMeasuredNodes } from './useMeasuredNodes.ts';
import { ZoomControls } from './ZoomControls.tsx';

const FIT_VIEW_OPTIONS = { padding: 0.04 };
/** Read-only for now, so the keyboard help React Flow reads out says only what works. */
const ARIA_LABELS = {
  'node.a11yDescription.default': 'Press Tab to move to the next part of the design.',
  'minimap.ariaLabel': 'Overview of the design',
};
const minimapColour = (node: Node) => `var(--kind-${node.type ?? 'server'})`;

/** The design, drawn: a view derived from the document, never a copy that is edited. */
export function Canvas({ topology }: { topology: Topology }) {
  const flow = useMemo(() => toFlow(topology), [topology]);
  const { nodes, onNodesChange } = useMeasuredNodes(flow.nodes);
  return (
    <ReactFlow
      nodes={nodes} edges={flow.edges} onNodesChange={onNodesChange} nodeTypes={nodeTypes} edgeTypes={edgeTypes}
      aria-label="Design canvas" ariaLabelConfig={ARIA_LABELS} colorMode="system"
      fitView fitViewOptions={FIT_VIEW_OPTIONS} minZoom={0.1}
      nodesDraggable={false} nodesConnectable={false} elementsSelectable={false}
      // React Flow puts every edge before every node in the tab order: 12 cables before the first
      // server. Cables stay named images that a screen reader finds; Tab goes through the parts.
      edgesFocusable={false}
    >
      <Background gap={24} />
      <Legend />
      <ZoomControls fitViewOptions={FIT_VIEW_OPTIONS} />
      <MiniMap className="minimap" nodeColor={minimapColour} pannable zoomable />
    </ReactFlow>
  );
}
