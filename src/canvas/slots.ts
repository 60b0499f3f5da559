import type { AdapterNode, TopologyIndex, TopologyNode } from '../model/index.ts';
import { nodeName } from './accessibleNames.ts';
import type { SlotView } from './flowTypes.ts';
import { formatPorts, formatSpeed } from './format.ts';
import { slotHandle } from './handles.ts';
import { slotSide } from './layout.ts';

/** The adapters placed in a server or a switch, as the slot rows of its node. */
export function slotViews(parent: TopologyNode, index: TopologyIndex): SlotView[] {
  return index.adaptersIn(parent.id).map((adapter) => slotView(adapter, parent, index));
}

function slotView(adapter: AdapterNode, parent: TopologyNode, index: TopologyIndex): SlotView {
  const speed = formatSpeed(adapter);
  const ports = formatPorts(adapter.props.ports);
  return {
    id: adapter.id,
    kind: adapter.kind,
    label: adapter.label,
    speed,
    ports,
    name: nodeName(adapter.kind, adapter.label, adapter.id, speed, ports),
    side: slotSide(parent, index.fabricOf(adapter.id)?.fabric),
    handleId: slotHandle(adapter.id),
  };
}
