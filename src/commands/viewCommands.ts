import { indexOf, type Topology } from '../model/index.ts';
import { refusedByChallenge } from '../store/challengeRules.ts';
import type { Command } from './command.ts';
import { elkWorker } from './elkWorker.ts';
import { layoutWithElk, type LayoutNode } from './layoutWithElk.ts';

export const fitView: Command = {
  id: 'fit-view',
  label: 'Fit the design in view',
  group: 'View',
  shortcuts: [{ key: 'f' }],
  isEnabled: () => true,
  run: ({ view }) => view.fit(),
};

/** The cables between the nodes drawn: an adapter in a slot counts as its parent. */
export function drawnEdges(topology: Topology): { source: string; target: string }[] {
  const index = indexOf(topology);
  const drawn = (id: string) => {
    const node = index.node(id);
    return node && 'parentId' in node && node.parentId ? node.parentId : id;
  };
  return topology.links.map((link) => ({ source: drawn(link.source), target: drawn(link.target) }));
}

/** The nodes drawn with their label and kind, for a layout that keeps them in label order. */
export function layoutNodes(topology: Topology, rects: readonly { id: string; x: number; y: number; width: number; height: number }[]): LayoutNode[] {
  const index = indexOf(topology);
  return rects.flatMap((rect) => {
    const node = index.node(rect.id);
    return node ? [{ ...rect, label: node.label, kind: node.kind }] : [];
  });
}

export const autoLayout: Command = {
  id: 'auto-layout',
  label: 'Tidy up (auto-layout)',
  group: 'View',
  shortcuts: [{ key: 'l', shift: true }],
  isEnabled: ({ store }) => store.getState().document.nodes.length > 1,
  run({ store, view }) {
    if (refusedByChallenge(store.getState(), 'tidy')) return;
    const before = store.getState().document;
    const nodes = layoutNodes(before, view.nodeRects());
    // ELK gives no progress of its own: the status line says it is at work until the layout lands.
    store.getState().notify('info', `Tidying up ${nodes.length} nodes…`);
    const worker = typeof Worker === 'undefined' ? undefined : elkWorker;
    void layoutWithElk(nodes, drawnEdges(before), worker).then((positions) => {
      // A layout that arrives after another edit would undo that edit's moves: drop it.
      if (store.getState().document !== before) {
        store.getState().notify('info', 'Tidy-up dropped: the design changed while it was computed. Run it again.');
        return;
      }
      // One commit: one undo step puts every node back.
      store.getState().moveNodes(positions);
      view.fit();
      store.getState().notify('info', `Tidied up ${nodes.length} nodes, servers in name order. Undo puts them back.`);
    }, (error: unknown) => {
      store.getState().notify('problem', `The layout could not be computed (${error instanceof Error ? error.message : 'unknown error'}).`);
    });
  },
};
