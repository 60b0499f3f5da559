// The page the canvas and live benchmarks drive (bench/canvas.bench.ts, bench/live.bench.ts):
// `?mode=app` is the real editor on `?design=` (benchDesigns.ts; scaleDesign(200) by default);
// `?mode=plain` is a plain React Flow canvas, default nodes, same node and edge counts and
// positions. Both expose window.bench: when the first render is done, a drag, and frame intervals
// while the editor's run plays at 1x or runs flat out.
import { ReactFlow, ReactFlowProvider, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '../../src/theme.css';
import '../../src/app.css';
import '../../src/canvas/canvas.css';
import { App } from '../../src/App.tsx';
import { toFlow } from '../../src/canvas/toFlow.ts';
import { createAppStore } from '../../src/store/index.ts';
import { benchDesign } from './benchDesigns.ts';
import { runDrag, runFrames, whenDrawn, type DragFigures, type RunFigures, type RunMode } from './measureFrames.ts';

declare global {
  interface Window {
    bench: { nodes: number; edges: number; firstRender: Promise<number>; drag(steps: number): Promise<DragFigures>; frames(mode: RunMode, ms: number): Promise<RunFigures> };
  }
}

const params = new URLSearchParams(location.search);
const design = benchDesign(params.get('design') ?? 'scale-200', true);
const flow = toFlow(design);
const mode = params.get('mode') === 'plain' ? 'plain' : 'app';
const store = createAppStore(design);

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
root.render(mode === 'plain' ? <ReactFlowProvider><PlainCanvas /></ReactFlowProvider> : <App store={store} />);

window.bench = {
  nodes: flow.nodes.length,
  edges: flow.edges.length,
  firstRender: whenDrawn(flow.nodes.length),
  drag: (steps) => runDrag(steps),
  frames: (runMode, ms) => runFrames(mode === 'app' ? store : null, runMode, ms),
};
