import type { AdapterNode, TopologyIndex, TopologyNode } from '../model/index.ts';
import { nodeName } from './accessibleNames.ts';
import { findingDetail } from './findingText.ts';
import type { FindingMark, SlotView } from './flowTypes.ts';
import { formatPorts, formatSpeed } from './format.ts';
import { slotHandle } from './handles.ts';
import { bottomExit, centreX, sideFacing, type SlotExit } from './layout.ts';

/** The adapters placed in a server or a switch, as the slot rows of its node. */
export function slotViews(parent: TopologyNode, index: TopologyIndex, marks: ReadonlyMap<string, FindingMark> = new Map()): SlotView[] {
  const adapters = index.adaptersIn(parent.id);
  const exits = parent.kind === 'server' ? bottomExits(adapters, index) : undefined;
  return adapters.map((adapter) => {
    const fabric = index.fabricOf(adapter.id)?.fabric;
    const state = fabric ? `to ${fabric.label}` : 'not cabled';
    return slotView(adapter, exits?.get(adapter.id) ?? { side: sideFacing(parent, fabric) }, state, marks.get(adapter.id));
  });
}

/** Bottom exits ordered by the x of the fabric each cable reaches, so that they do not cross. */
function bottomExits(adapters: AdapterNode[], index: TopologyIndex): Map<string, SlotExit> {
  const fabricX = (adapter: AdapterNode) => {
    const fabric = index.fabricOf(adapter.id)?.fabric;
    return fabric ? centreX(fabric) : Number.POSITIVE_INFINITY;
  };
  const ordered = adapters.toSorted((a, b) => fabricX(a) - fabricX(b));
  return new Map(ordered.map((adapter, i) => [adapter.id, { side: 'bottom', at: bottomExit(i, ordered.length) }]));
}

function slotView(adapter: AdapterNode, exit: SlotExit, state: string, mark: FindingMark | undefined): SlotView {
  const speed = formatSpeed(adapter);
  const ports = adapter.props.ports;
  return {
    id: adapter.id,
    kind: adapter.kind,
    label: adapter.label,
    speed,
    ports,
    name: nodeName(adapter.kind, adapter.label, adapter.id, speed, formatPorts(ports), ...findingDetail(mark)),
    exit,
    state,
    handleId: slotHandle(adapter.id),
    ...(mark ? { mark } : {}),
  };
}
