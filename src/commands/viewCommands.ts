import { indexOf, type Topology } from '../model/index.ts';
import { refusedByChallenge } from '../store/challengeRules.ts';
import type { Command } from './command.ts';
import { layoutWithElk } from './layoutWithElk.ts';

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

export const autoLayout: Command = {
  id: 'auto-layout',
  label: 'Tidy up (auto-layout)',
  group: 'View',
  shortcuts: [{ key: 'l', shift: true }],
  isEnabled: ({ store }) => store.getState().document.nodes.length > 1,
  run({ store, view }) {
    if (refusedByChallenge(store.getState(), 'tidy')) return;
    const before = store.getState().document;
    void layoutWithElk(view.nodeRects(), drawnEdges(before)).then((positions) => {
      // A layout that arrives after another edit would undo that edit's moves: drop it.
      if (store.getState().document !== before) return;
      store.getState().moveNodes(positions);
      view.fit();
    }, (error: unknown) => {
      store.getState().notify('problem', `The layout could not be computed (${error instanceof Error ? error.message : 'unknown error'}).`);
    });
  },
};
