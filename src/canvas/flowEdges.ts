import type { TopologyIndex, TopologyLink } from '../model/index.ts';
import { linkName, shortName } from './accessibleNames.ts';
import { findingDetail } from './findingText.ts';
import type { FindingMark, FlowEdge } from './flowTypes.ts';
import { formatRate } from './format.ts';
import { HANDLE, pcieInHandle, slotHandle } from './handles.ts';
import { isSlot } from './flowNodes.ts';
import { linkRate } from './linkRate.ts';

/**
 * The React Flow edge of a cable, or undefined when an end is missing. A fabric cable of an adapter
 * drawn as a slot starts at that slot's row of the parent node.
 */
export function toFlowEdge(link: TopologyLink, index: TopologyIndex, marks: ReadonlyMap<string, FindingMark> = new Map()): FlowEdge | undefined {
  const source = index.node(link.source);
  const target = index.node(link.target);
  const rate = linkRate(index, link);
  const mark = marks.get(link.id);
  if (!source || !target || !rate) return undefined;
  const perPort = formatRate(rate.perPort);
  const label = rate.ports === 1 ? perPort : `${rate.ports} × ${perPort}`;
  const ends = link.kind === 'pcie'
    ? { source: source.id, sourceHandle: HANDLE.pcieOut, target: target.id, targetHandle: pcieInHandle(source.id) }
    : fabricEnds(link, index);
  return {
    id: link.id,
    type: link.kind,
    ...ends,
    className: `link link-${link.kind}`,
    ariaLabel: [linkName(link.kind, shortName(source), shortName(target), label), ...findingDetail(mark)].join(', '),
    data: { kind: link.kind, rate: label, ...(mark ? { mark } : {}) },
  };
}

function fabricEnds(link: TopologyLink, index: TopologyIndex) {
  const adapter = index.node(link.source);
  const inSlot = adapter && isSlot(adapter, index) && 'parentId' in adapter && adapter.parentId;
  return {
    source: inSlot || link.source,
    sourceHandle: inSlot ? slotHandle(link.source) : HANDLE.fabricOut,
    target: link.target,
    targetHandle: HANDLE.fabricIn,
  };
}
