import {
  NODE_KINDS, PRESET_NAMES, PRESETS, cablingBetween, catalog, defaultPropsOf, idPrefixOf, presetOf,
  type NodeKind, type Topology, type Workload,
} from '../model/index.ts';

/**
 * The compact form of a document inside a link: the same content as the JSON file, with what the
 * catalog can restore left out, so the deflated link stays short (SIMULATION.md, "Link format"):
 * - a node is `[kind, idNumber, x, y, props?, label?, parent?, workload?, qos?]` with kind as its catalog
 *   index, props as only the values that differ from the defaults, the label only when it is not the
 *   default ("Server 3"), a parent as 1 + its index in the node list (0: none), a workload as a preset's index
 *   or `[presetIndex, changed fields]` (a `queueDepth` is always a changed field), a server's `qos` as
 *   it is (0: none; absent in links of designs without QoS, which are as they were);
 * - a link is `[sourceIndex, targetIndex]` (the kind follows from the ends; ids l1, l2, … in order),
 *   or `[sourceIndex, targetIndex, idNumber]` when its id is out of sequence;
 * - the settings keep only what differs from the defaults.
 * Unpacking gives a plain object that `migrate` then validates like any file: it never trusts it.
 */
export type PackedDocument = [version: number, name: string, nodes: unknown[][], links: number[][], settings: Record<string, unknown>];

const DEFAULT_SETTINGS = { seed: 1, duration: 10, warmup: 1 };

export function pack(topology: Topology): PackedDocument {
  const index = new Map(topology.nodes.map((node, i) => [node.id, i]));
  const nodes = topology.nodes.map((node) => {
    const prefix = idPrefixOf(node.kind);
    const number = Number(node.id.slice(prefix.length));
    const entry: unknown[] = [NODE_KINDS.indexOf(node.kind), number, node.position.x, node.position.y];
    const defaults: Record<string, unknown> = defaultPropsOf(node.kind);
    const changed = Object.fromEntries(Object.entries(node.props).filter(([key, value]) => defaults[key] !== value));
    const label = node.label === `${catalog[node.kind].name} ${number}` ? 0 : node.label;
    const parentIndex = 'parentId' in node && node.parentId !== undefined ? index.get(node.parentId) : undefined;
    const parent = parentIndex === undefined ? 0 : parentIndex + 1;
    const workload = node.kind === 'server' ? packWorkload(node.workload) : 0;
    const qos = node.kind === 'server' && node.qos ? node.qos : 0;
    entry.push(Object.keys(changed).length > 0 ? changed : 0, label, parent, workload, qos);
    while (entry.length > 4 && entry.at(-1) === 0) entry.pop();
    return entry;
  });
  const links = topology.links.map((link, i) => {
    const ends = [index.get(link.source) ?? -1, index.get(link.target) ?? -1];
    return link.id === `l${i + 1}` ? ends : [...ends, Number(link.id.slice(1))];
  });
  const { faults, prices, ...numbers } = topology.settings;
  const settings: Record<string, unknown> = Object.fromEntries(
    Object.entries(numbers).filter(([key, value]) => DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS] !== value),
  );
  if (faults.length > 0) settings.faults = faults;
  if (Object.keys(prices).length > 0) settings.prices = prices;
  return [topology.version, topology.name, nodes, links, settings];
}

function packWorkload(workload: Workload): number | [number, Partial<Workload>] {
  const preset = presetOf(workload);
  if (preset && workload.queueDepth === undefined) return PRESET_NAMES.indexOf(preset);
  // The nearest preset is the one with the fewest differing fields.
  let best: [number, Partial<Workload>] = [0, workload];
  for (const [i, name] of PRESET_NAMES.entries()) {
    const diff = Object.fromEntries(Object.entries(workload).filter(([key, value]) => PRESETS[name][key as keyof Workload] !== value));
    if (Object.keys(diff).length < Object.keys(best[1]).length) best = [i, diff];
  }
  return best;
}

/** Thrown by `unpack` when the packed form is not even shaped like one; the codec turns it into a message. */
export class PackingError extends Error {}

const isArray = Array.isArray;

/** The plain document a packed link stands for, for `migrate` to validate. */
export function unpack(packed: unknown): unknown {
  if (!isArray(packed) || packed.length !== 5) throw new PackingError('it does not hold a design');
  const [version, name, nodes, links, settings] = packed as unknown[];
  if (!isArray(nodes) || !isArray(links) || typeof settings !== 'object' || settings === null || isArray(settings)) {
    throw new PackingError('its list of nodes, links or settings is missing');
  }
  const kinds = nodes.map((entry, i) => {
    if (!isArray(entry) || entry.length < 4) throw new PackingError(`node ${i + 1} is incomplete`);
    const kind = NODE_KINDS[entry[0] as number];
    if (!kind) throw new PackingError(`node ${i + 1} has an unknown kind`);
    return kind;
  });
  const ids = nodes.map((entry, i) => `${idPrefixOf(kinds[i]!)}${String((entry as unknown[])[1])}`);
  return {
    version,
    name,
    nodes: nodes.map((entry, i) => unpackNode(entry as unknown[], kinds[i]!, ids)),
    links: links.map((entry, i) => unpackLink(entry, i, kinds, ids)),
    settings: { ...DEFAULT_SETTINGS, faults: [], prices: {}, ...(settings as Record<string, unknown>) },
  };
}

function unpackNode(entry: unknown[], kind: NodeKind, ids: string[]): Record<string, unknown> {
  const [, number, x, y, props = 0, label = 0, parent = 0, workload = 0, qos = 0] = entry;
  const node: Record<string, unknown> = {
    kind,
    id: `${idPrefixOf(kind)}${String(number)}`,
    label: label === 0 ? `${catalog[kind].name} ${String(number)}` : label,
    position: { x, y },
    props: { ...defaultPropsOf(kind), ...(typeof props === 'object' && props !== null ? props : {}) },
  };
  if (parent !== 0) node.parentId = typeof parent === 'number' ? ids[parent - 1] ?? `missing node ${parent}` : parent;
  if (kind === 'server') node.workload = unpackWorkload(workload);
  // Any other value, a server's or not, goes to migrate as it is, to be refused with its path.
  if (qos !== 0) node.qos = qos;
  return node;
}

function unpackWorkload(workload: unknown): unknown {
  const [presetIndex, changes] = isArray(workload) ? workload : [workload, {}];
  const preset = PRESETS[PRESET_NAMES[presetIndex as number] ?? 'idle'];
  return { ...preset, ...(typeof changes === 'object' && changes !== null ? changes : {}) };
}

function unpackLink(entry: unknown, i: number, kinds: NodeKind[], ids: string[]): Record<string, unknown> {
  if (!isArray(entry) || entry.length < 2) throw new PackingError(`link ${i + 1} is incomplete`);
  const [source, target, number = i + 1] = entry as number[];
  const a = kinds[source!];
  const b = kinds[target!];
  const cabling = a && b ? cablingBetween(a, b) : undefined;
  return {
    id: `l${number}`,
    kind: cabling?.ok ? cabling.kind : 'pcie',
    source: ids[source!] ?? `missing node ${source}`,
    target: ids[target!] ?? `missing node ${target}`,
  };
}
