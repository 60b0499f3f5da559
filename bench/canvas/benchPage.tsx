// The page the canvas benchmark drives (bench/canvas.bench.ts): `?mode=app` is the real editor on
// scaleDesign(200); `?mode=plain` is a plain React Flow canvas, default nodes, same node and edge
// counts and positions. Both expose window.bench: when the first render is done, and a drag.
import { ReactFlow, ReactFlowProvider, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '../../src/theme.css';
import '../../src/app.css';
import '../../src/canvas/canvas.css';
import { App } from '../../src/App.tsx';
import { toFlow } from '../../src/canvas/toFlow.ts';
import { scaleDesign } from '../../src/model/index.ts';
import { createAppStore } from '../../src/store/index.ts';
import { runDrag, whenDrawn, type DragFigures } from './measureFrames.ts';

declare global {
  interface Window {
    bench: { nodes: number; edges: number; firstRender: Promise<number>; drag(steps: number): Promise<DragFigures> };
  }
}

const design = scaleDesign(200);
const flow = toFlow(design);
const mode = new URLSearchParams(location.search).get('mode') === 'plain' ? 'plain' : 'app';

function PlainCanvas() {
  const [nodes, , onNodesChange] = useNodesState<Node>(flow.nodes.map((n) => ({ id: n.id, position: n.position, data: { label: n.data.label } })));
  const [edges, , onEdgesChange] = useEdgesState<Edge>(flow.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })));
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView minZoom={0.1} />
    </div>
  );
}

const root = createRoot(document.getElementById('root')!);
root.render(mode === 'plain' ? <ReactFlowProvider><PlainCanvas /></ReactFlowProvider> : <App store={createAppStore(design)} />);

window.bench = {
  nodes: flow.nodes.length,
  edges: flow.edges.length,
  firstRender: whenDrawn(flow.nodes.length),
  drag: (steps) => runDrag(steps),
};
