import { indexOf, type Topology } from '../model/index.ts';
import type { FindingMark } from '../store/index.ts';
import { isSlot, toFlowNode } from './flowNodes.ts';
import { toFlowEdge } from './flowEdges.ts';
import type { FlowEdge, FlowNode } from './flowTypes.ts';

/**
 * The canvas is a view of the document: its nodes and edges are derived here, purely, and never
 * edited in place. Adapters placed in a server or a switch are slots of that node, not nodes.
 * `marks` are the findings per element, shown as badges.
 */
export function toFlow(
  topology: Topology,
  marks: ReadonlyMap<string, FindingMark> = new Map(),
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const index = indexOf(topology);
  const nodes = topology.nodes.filter((node) => !isSlot(node, index)).map((node) => toFlowNode(node, index, marks));
  const edges = topology.links.flatMap((link) => toFlowEdge(link, index, marks) ?? []);
  return { nodes, edges };
}
