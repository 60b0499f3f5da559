import { dedicate, indexOf, serversWithQos } from '../model/index.ts';
import type { ComparisonKind } from '../store/comparisonSlice.ts';
import { refusedByChallenge } from '../store/challengeRules.ts';
import type { Command, CommandContext } from './command.ts';

const editable = ({ store }: CommandContext) => !store.getState().viewOnly;
const hasServers = ({ store }: CommandContext) => store.getState().document.nodes.some((n) => n.kind === 'server');

/** Pool every server's own adapters in an IOV switch: the dialog chooses the switch and shows what will change. */
export const virtualizeDesign: Command = {
  id: 'virtualize-design',
  label: 'Virtualize the design…',
  group: 'Design',
  shortcuts: [{ key: 'v', shift: true }],
  isEnabled: (context) => editable(context) && hasServers(context),
  run({ store }) {
    if (!refusedByChallenge(store.getState(), 'virtualize')) store.getState().openDialog({ type: 'virtualize' });
  },
};

/** Each server gets its own HBA and NIC of the pool's speed; the switches go. One undo step. */
export const dedicateAdapters: Command = {
  id: 'dedicate-adapters',
  label: 'Dedicate the adapters',
  group: 'Design',
  shortcuts: [{ key: 'd', shift: true }],
  isEnabled: (context) => editable(context) && indexOf(context.store.getState().document).switches.length > 0,
  run({ store }) {
    if (refusedByChallenge(store.getState(), 'dedicate')) return;
    if (!store.getState().applyOperation(dedicate).ok) return;
    const adapters = store.getState().document.nodes.filter((n) => n.kind === 'fc-hba' || n.kind === 'eth-nic').length;
    store.getState().notify('info', `Every server now has adapters of its own (${adapters} in all) and the IOV switches are gone. Undo brings them back.`);
  },
};

/** Open the compare view on a comparison of this kind: the one on show when it is of this very design, else a new one. */
function openComparison({ store }: CommandContext, kind: ComparisonKind): void {
  const state = store.getState();
  state.openDialog({ type: 'compare' });
  // A finished comparison of this very design stays: prices edited since change no simulated figure.
  const run = state.comparison;
  if (run.kind === kind && (run.status === 'running' || (run.status === 'done' && run.source === state.document))) return;
  state.compareDesigns(kind);
}

export const compareDesigns: Command = {
  id: 'compare-designs',
  label: 'Compare dedicated and virtualized',
  group: 'Design',
  shortcuts: [{ key: 'c', shift: true }],
  isEnabled: hasServers,
  run: (context) => openComparison(context, 'counterpart'),
};

/** The design beside itself with every server's QoS taken away: what the caps and weights buy (issue 18). */
export const compareQos: Command = {
  id: 'compare-qos',
  label: 'Compare with and without QoS',
  group: 'Design',
  shortcuts: [],
  isEnabled: ({ store }) => serversWithQos(store.getState().document).length > 0,
  run: (context) => openComparison(context, 'qos'),
};

export const sizePools: Command = {
  id: 'size-pools',
  label: 'Size the pools…',
  group: 'Design',
  shortcuts: [],
  isEnabled: hasServers,
  run({ store }) {
    if (!refusedByChallenge(store.getState(), 'size')) store.getState().openDialog({ type: 'size-pool' });
  },
};

export const editPrices: Command = {
  id: 'edit-prices',
  label: 'Prices and power…',
  group: 'Design',
  shortcuts: [],
  isEnabled: () => true,
  run: ({ store }) => store.getState().openDialog({ type: 'prices' }),
};

export const COMPARISON_COMMANDS: readonly Command[] = [virtualizeDesign, dedicateAdapters, compareDesigns, compareQos, sizePools, editPrices];
