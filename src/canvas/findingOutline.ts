import type { Finding } from '../model/index.ts';
import type { FlowEdge } from './flowTypes.ts';
import './findingOutline.css';

/**
 * The outline of the finding picked in the list, in its severity's colour, on every node and cable
 * it concerns: a grouped finding ("8 servers reach storage only through sw1") has no badge on each
 * server, so the outline is how the canvas shows which ones it means. Adapters drawn as slots show
 * it by their selection.
 */
export function outlineClass(finding: Finding): string {
  return `finding-outline finding-outline-${finding.severity}`;
}

/** The nodes' extra classes (drop targets during a drag) with the shown finding's outline added. */
export function withFindingOutline(classes: ReadonlyMap<string, string>, finding: Finding | undefined): ReadonlyMap<string, string> {
  if (!finding) return classes;
  const outlined = new Map(classes);
  for (const id of finding.nodeIds) outlined.set(id, [classes.get(id), outlineClass(finding)].filter(Boolean).join(' '));
  return outlined;
}

/** The cables with the shown finding's outline on those it concerns. */
export function outlineEdges(edges: readonly FlowEdge[], finding: Finding | undefined): FlowEdge[] {
  if (!finding) return [...edges];
  const concerned = new Set(finding.linkIds);
  return edges.map((edge) => (concerned.has(edge.id) ? { ...edge, className: `${edge.className ?? ''} ${outlineClass(finding)}`.trim() } : edge));
}
