import { lazySchema, z } from '../zod.ts';
import { defaultPropsOf, isAdapterKind, NODE_KINDS, type NodeKind } from '../catalog/index.ts';
import { cablingBetween } from '../cabling.ts';
import { DEFAULT_WORKLOAD, PRESET_NAMES, PRESETS, type Workload } from '../workload.ts';

/**
 * Version 0: the first draft of the format (`"format": "iov-topology-draft"`), before the document
 * carried a version. Nodes had a `type`, a `name`, flat `x`/`y` and an `in` for a placed adapter;
 * edges had no kind; workloads were a map by server id, either `{ preset }` or the values; the
 * simulation kept milliseconds. Anything v0 left out takes the catalog's default.
 */
const V0Node = lazySchema(() => z.object({
  id: z.string().check(z.maxLength(32)),
  type: z.enum(NODE_KINDS as [NodeKind, ...NodeKind[]]),
  name: z.optional(z.string().check(z.maxLength(200))),
  x: z.number(),
  y: z.number(),
  in: z.optional(z.string().check(z.maxLength(32))),
  gen: z.optional(z.number()),
  lanes: z.optional(z.number()),
  speed: z.optional(z.number()),
  ports: z.optional(z.number()),
  slots: z.optional(z.number()),
  policy: z.optional(z.string()),
}));

const V0Workload = lazySchema(() => z.union([
  z.object({ preset: z.enum(PRESET_NAMES) }),
  z.object({ iops: z.number(), blockKiB: z.number(), read: z.number(), mbps: z.number(), messageKiB: z.number(), transmit: z.number() }),
]));

export const V0Schema = lazySchema(() => z.object({
  format: z.literal('iov-topology-draft'),
  title: z.optional(z.string().check(z.maxLength(200))),
  nodes: z.array(V0Node).check(z.maxLength(10_000)),
  edges: z.array(z.object({ id: z.string().check(z.maxLength(32)), from: z.string().check(z.maxLength(32)), to: z.string().check(z.maxLength(32)) })).check(z.maxLength(20_000)),
  workloads: z.optional(z.record(z.string().check(z.maxLength(32)), V0Workload)),
  simulation: z.optional(z.object({ seed: z.optional(z.number()), durationMs: z.optional(z.number()) })),
}));
export type V0Document = z.infer<typeof V0Schema>;

type V0Node = z.infer<typeof V0Node>;

function workloadFromV0(workload: z.infer<typeof V0Workload> | undefined): Workload {
  if (!workload) return DEFAULT_WORKLOAD;
  if ('preset' in workload) return PRESETS[workload.preset];
  return {
    ...DEFAULT_WORKLOAD,
    storageIops: workload.iops, blockKiB: workload.blockKiB, readShare: workload.read,
    networkMbps: workload.mbps, messageKiB: workload.messageKiB, transmitShare: workload.transmit,
  };
}

function propsFromV0(node: V0Node): Record<string, unknown> {
  const props: Record<string, unknown> = { ...defaultPropsOf(node.type) };
  const set = (key: string, value: unknown) => { if (value !== undefined) props[key] = value; };
  switch (node.type) {
    case 'server': set('pcieGen', node.gen); set('pcieLanes', node.lanes); set('slots', node.slots); break;
    case 'iov-switch': set('pcieGen', node.gen); set('serverPorts', node.ports); set('adapterSlots', node.slots); set('policy', node.policy); break;
    case 'fc-hba': set('speedGfc', node.speed); set('ports', node.ports); break;
    case 'eth-nic': set('speedGbe', node.speed); set('ports', node.ports); break;
    default: break;
  }
  return props;
}

/** v0 -> v1. Its output is checked by the v1 schema afterwards, so it only renames and fills in. */
export function migrateV0ToV1(document: V0Document): unknown {
  const kindOf = new Map(document.nodes.map((node) => [node.id, node.type]));
  const seconds = (document.simulation?.durationMs ?? 10_000) / 1000;
  return {
    version: 1,
    name: (document.title ?? 'Untitled design').slice(0, 80),
    nodes: document.nodes.map((node) => {
      const base = {
        kind: node.type, id: node.id, label: (node.name ?? node.id).slice(0, 64),
        position: { x: node.x, y: node.y }, props: propsFromV0(node),
      };
      if (node.type === 'server') return { ...base, workload: workloadFromV0(document.workloads?.[node.id]) };
      if (isAdapterKind(node.type) && node.in !== undefined) return { ...base, parentId: node.in };
      return base;
    }),
    links: document.edges.map((edge) => {
      const from = kindOf.get(edge.from);
      const to = kindOf.get(edge.to);
      const cabling = from && to ? cablingBetween(from, to) : undefined;
      // v0 edges had no direction; v1 stores the server or adapter first. Unknown ends are left for v1's checks.
      const swap = cabling?.ok === true && !cabling.sourceFirst;
      return {
        id: edge.id,
        kind: cabling?.ok ? cabling.kind : 'pcie',
        source: swap ? edge.to : edge.from,
        target: swap ? edge.from : edge.to,
      };
    }),
    settings: {
      seed: document.simulation?.seed ?? 1,
      duration: seconds,
      warmup: seconds / 10,
      faults: [],
      prices: {},
    },
  };
}
