import { cablingBetween } from '../cabling.ts';
import { catalog } from '../catalog/index.ts';
import { LINK_ID_PREFIX, nextId } from '../ids.ts';
import { LIMITS, type Topology, type TopologyLink } from '../schema.ts';
import { indexOf } from '../topologyIndex.ts';
import { usedIds } from './addNode.ts';
import { serverPortsUsed, slotCapacity, slotsUsed } from './budgets.ts';
import { refuse, type OpResult } from './result.ts';

/** Why `a` cannot be cabled to `b` now, or the link that would be made. */
export function planLink(topology: Topology, a: string, b: string): { ok: true; link: TopologyLink } | { ok: false; reason: string } {
  const index = indexOf(topology);
  const first = index.node(a);
  const second = index.node(b);
  if (!first || !second) return refuse(`There is no ${first ? b : a} in the design.`);
  if (a === b) return refuse('A node cannot be cabled to itself.');
  const cabling = cablingBetween(first.kind, second.kind);
  if (!cabling.ok) return refuse(cabling.reason);
  const [source, target] = cabling.sourceFirst ? [first, second] : [second, first];
  if (index.linksOf(source.id).some((l) => l.source === source.id && l.target === target.id)) {
    return refuse(`${source.label} and ${target.label} are already cabled.`);
  }
  if (cabling.kind === 'pcie') {
    if (target.kind === 'iov-switch' && serverPortsUsed(topology, target.id) >= target.props.serverPorts) {
      return refuse(`${target.label} has all ${target.props.serverPorts} server ports in use: add a second switch or raise its port count.`);
    }
    if (slotsUsed(topology, source) >= slotCapacity(source)) {
      return refuse(`${source.label} has no free slot for a PCIe extender card (${slotCapacity(source)} slots in use): take out an adapter first.`);
    }
  } else if (index.fabricOf(source.id)) {
    return refuse(`${source.label} is already cabled to its fabric; one ${catalog[source.kind].name} cable carries all its ports.`);
  }
  if (topology.links.length >= LIMITS.links) return refuse(`A design holds at most ${LIMITS.links} links.`);
  const id = nextId(LINK_ID_PREFIX, usedIds(topology));
  return { ok: true, link: { id, kind: cabling.kind, source: source.id, target: target.id } };
}

/** Cable two nodes. The kind follows from the ends (pcie, fc, ethernet); a full budget refuses. */
export function connect(topology: Topology, a: string, b: string): OpResult<{ id: string }> {
  const plan = planLink(topology, a, b);
  if (!plan.ok) return plan;
  return { ok: true, topology: { ...topology, links: [...topology.links, plan.link] }, id: plan.link.id };
}
