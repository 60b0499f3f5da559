import { cablingBetween } from './cabling.ts';
import { echoText as shown } from './echo.ts';
import { idPrefixOf, LINK_ID_PREFIX, idNumber, parsePortId } from './ids.ts';
import type { Topology, TopologyNode } from './schema.ts';

export type DocumentProblem = { path: (string | number)[]; message: string };

/**
 * What makes a well-typed document inconsistent: ids that clash or do not fit their kind, references
 * to missing elements, a cable between kinds that cannot be cabled. Budgets (ports, slots) are not
 * checked here: a design over budget is still a design, and the rules report it.
 */
export function checkDocument(topology: Topology): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const nodesById = new Map<string, TopologyNode>();
  const seen = new Set<string>();

  topology.nodes.forEach((node, i) => {
    if (seen.has(node.id)) problems.push({ path: ['nodes', i, 'id'], message: `The id "${shown(node.id)}" is used twice: give each element its own id.` });
    seen.add(node.id);
    nodesById.set(node.id, node);
    const prefix = idPrefixOf(node.kind);
    if (idNumber(node.id, prefix) === undefined) {
      problems.push({ path: ['nodes', i, 'id'], message: `A ${node.kind} id must be "${prefix}" and a number, such as ${prefix}1 (found "${shown(node.id)}").` });
    }
  });

  topology.nodes.forEach((node, i) => {
    if (!('parentId' in node) || node.parentId === undefined) return;
    const parent = nodesById.get(node.parentId);
    if (!parent) problems.push({ path: ['nodes', i, 'parentId'], message: `The adapter ${shown(node.id)} is placed in "${shown(node.parentId)}", which does not exist.` });
    else if (parent.kind !== 'server' && parent.kind !== 'iov-switch') {
      problems.push({ path: ['nodes', i, 'parentId'], message: `The adapter ${shown(node.id)} is placed in ${shown(parent.id)}, a ${parent.kind}: adapters go into a server or an IOV switch.` });
    }
  });

  const cabled = new Set<string>();
  const linkIds = new Set<string>();
  topology.links.forEach((link, i) => {
    if (seen.has(link.id)) problems.push({ path: ['links', i, 'id'], message: `The id "${shown(link.id)}" is used twice: give each element its own id.` });
    seen.add(link.id);
    linkIds.add(link.id);
    if (idNumber(link.id, LINK_ID_PREFIX) === undefined) {
      problems.push({ path: ['links', i, 'id'], message: `A link id must be "l" and a number, such as l1 (found "${shown(link.id)}").` });
    }
    const source = nodesById.get(link.source);
    const target = nodesById.get(link.target);
    if (!source) problems.push({ path: ['links', i, 'source'], message: `The link ${shown(link.id)} starts at "${shown(link.source)}", which does not exist.` });
    if (!target) problems.push({ path: ['links', i, 'target'], message: `The link ${shown(link.id)} ends at "${shown(link.target)}", which does not exist.` });
    if (!source || !target) return;
    const cabling = cablingBetween(source.kind, target.kind);
    if (!cabling.ok) problems.push({ path: ['links', i], message: `The link ${shown(link.id)}: ${cabling.reason}` });
    else if (!cabling.sourceFirst) problems.push({ path: ['links', i], message: `The link ${shown(link.id)} runs from ${target.kind} to ${source.kind}: its source must be the ${target.kind}.` });
    else if (cabling.kind !== link.kind) problems.push({ path: ['links', i, 'kind'], message: `The link ${shown(link.id)} joins a ${source.kind} and a ${target.kind}, so its kind must be "${cabling.kind}", not "${shown(link.kind)}".` });
    const pair = `${link.source}>${link.target}`;
    if (cabled.has(pair)) problems.push({ path: ['links', i], message: `${shown(link.source)} and ${shown(link.target)} are cabled twice: remove one of the links.` });
    cabled.add(pair);
  });

  const { settings } = topology;
  if (settings.warmup >= settings.duration) {
    problems.push({ path: ['settings', 'warmup'], message: `The warm-up (${settings.warmup} s) must be shorter than the duration (${settings.duration} s).` });
  }
  settings.faults.forEach((fault, i) => {
    if (fault.until !== undefined && fault.until <= fault.at) {
      problems.push({ path: ['settings', 'faults', i, 'until'], message: `A fault must recover after it starts (at ${fault.at} s, until ${fault.until} s).` });
    }
    if (!faultTargetExists(fault.target, nodesById, linkIds)) {
      problems.push({ path: ['settings', 'faults', i, 'target'], message: `The fault targets "${shown(fault.target)}", which is not a node, link or port of this design.` });
    }
  });
  return problems;
}

function faultTargetExists(target: string, nodesById: Map<string, TopologyNode>, linkIds: Set<string>): boolean {
  if (nodesById.has(target) || linkIds.has(target)) return true;
  const port = parsePortId(target);
  if (!port) return false;
  const adapter = nodesById.get(port.adapterId);
  return !!adapter && (adapter.kind === 'fc-hba' || adapter.kind === 'eth-nic') && port.index <= adapter.props.ports;
}
