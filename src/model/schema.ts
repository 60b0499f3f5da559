import { lazySchema, z } from './zod.ts';
import { catalog, LINK_KINDS, NODE_KINDS, propsSchema, type NodeKind } from './catalog/index.ts';
import { QosSchema } from './qos.ts';
import { WorkloadSchema } from './workload.ts';
import { hasLoneSurrogate, PLAIN_TEXT_PATTERN } from './plainText.ts';

export const CURRENT_VERSION = 2;

export const LIMITS = {
  nodes: 2000,
  links: 4000,
  faults: 256,
  label: 64,
  name: 80,
  coordinate: 1_000_000,
  durationS: 3600,
  /**
   * The shortest run: 10 ms, a few dozen I/Os of the lightest preset. Shorter ones measure nothing,
   * and a denormal one (5e-324 s) made the charts draw 100,000 ticks (issue 16, S2).
   */
  minDurationS: 0.01,
  /** A design file, before parsing: 2,000 nodes take about 1 MB of pretty JSON. */
  fileBytes: 4 * 1024 * 1024,
} as const;

/** Plain text (plainText.ts). Labels are always rendered as text, never as markup. */
export const PlainText = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.regex(PLAIN_TEXT_PATTERN, 'must be plain text: no control characters (C0, DEL, C1) and no bidi overrides or isolates (U+202A–U+202E, U+2066–U+2069)'),
    z.refine((text) => !hasLoneSurrogate(text), 'holds half of a character (a lone UTF-16 surrogate): retype it'),
  );

const ElementId = lazySchema(() => z.string().check(z.regex(/^[a-z]{1,4}[1-9][0-9]{0,5}$/, 'must be a short id such as s1, sw2 or hba3')));
const Coordinate = lazySchema(() => z.number().check(z.minimum(-LIMITS.coordinate), z.maximum(LIMITS.coordinate)));
const Position = lazySchema(() => z.strictObject({ x: Coordinate, y: Coordinate }));

function nodeSchema<K extends NodeKind>(kind: K) {
  return z.strictObject({
    kind: z.literal(kind),
    id: ElementId,
    label: PlainText(LIMITS.label),
    position: Position,
    props: propsSchema<(typeof catalog)[K]['props']>(catalog[kind].props),
  });
}

/** An adapter may sit inside a server (dedicated) or an IOV switch (shared pool): `parentId`. */
const adapterExtras = () => ({ parentId: z.optional(ElementId) });

/** A server: its workload, and optionally its QoS in the pools it shares (qos.ts). */
export const ServerNodeSchema = lazySchema(() => z.extend(nodeSchema('server'), { workload: WorkloadSchema, qos: z.optional(QosSchema) }));
export const SwitchNodeSchema = lazySchema(() => nodeSchema('iov-switch'));
export const HbaNodeSchema = lazySchema(() => z.extend(nodeSchema('fc-hba'), adapterExtras()));
export const NicNodeSchema = lazySchema(() => z.extend(nodeSchema('eth-nic'), adapterExtras()));
export const SanNodeSchema = lazySchema(() => nodeSchema('san'));
export const LanNodeSchema = lazySchema(() => nodeSchema('lan'));

export const NodeSchema = lazySchema(() => z.discriminatedUnion('kind', [
  ServerNodeSchema, SwitchNodeSchema, HbaNodeSchema, NicNodeSchema, SanNodeSchema, LanNodeSchema,
]));

export const LinkSchema = lazySchema(() => z.strictObject({
  id: ElementId,
  kind: z.enum(LINK_KINDS),
  /** The server (pcie) or the adapter (fc, ethernet). */
  source: ElementId,
  /** The IOV switch (pcie) or the fabric (fc, ethernet). */
  target: ElementId,
}));

/** A node, a link or a port (`hba1:2`). */
const FaultTarget = lazySchema(() => z.string().check(z.regex(/^[a-z]{1,4}[1-9][0-9]{0,5}(:[1-9][0-9]?)?$/, 'must name a node, a link or a port such as hba1:1')));

export const FaultSchema = lazySchema(() => z.strictObject({
  /** Seconds of simulated time. */
  at: z.number().check(z.minimum(0), z.maximum(LIMITS.durationS)),
  until: z.optional(z.number().check(z.minimum(0), z.maximum(LIMITS.durationS))),
  target: FaultTarget,
}));

const PriceSchema = lazySchema(() => z.strictObject({
  priceUsd: z.optional(z.number().check(z.minimum(0), z.maximum(10_000_000))),
  powerW: z.optional(z.number().check(z.minimum(0), z.maximum(100_000))),
}));

/** Price and power overrides of the catalog's estimates, per node kind and cable kind. */
export const PricesSchema = lazySchema(() => z.strictObject(
  Object.fromEntries([...NODE_KINDS, ...LINK_KINDS].map((key) => [key, z.optional(PriceSchema)])),
) as z.ZodMiniType<Partial<Record<NodeKind | (typeof LINK_KINDS)[number], z.infer<typeof PriceSchema>>>>);

export const SettingsSchema = lazySchema(() => z.strictObject({
  seed: z.number().check(z.int(), z.minimum(0), z.maximum(0xffff_ffff)),
  /** Seconds of simulated time. */
  duration: z.number().check(z.minimum(LIMITS.minDurationS), z.maximum(LIMITS.durationS)),
  /** Seconds discarded at the start. */
  warmup: z.number().check(z.minimum(0), z.maximum(LIMITS.durationS)),
  faults: z.array(FaultSchema).check(z.maxLength(LIMITS.faults)),
  prices: PricesSchema,
}));

/**
 * The shape of a document, field by field. Every way in validates with TopologySchema
 * (topologySchema.ts), which adds the checks across fields (ids, references, cabling); this one is
 * apart so that those checks can use the types below without an import cycle.
 */
export const TopologyShapeSchema = lazySchema(() => z.strictObject({
  version: z.literal(CURRENT_VERSION),
  name: PlainText(LIMITS.name),
  nodes: z.array(NodeSchema).check(z.maxLength(LIMITS.nodes)),
  links: z.array(LinkSchema).check(z.maxLength(LIMITS.links)),
  settings: SettingsSchema,
}));

export type Topology = z.infer<typeof TopologyShapeSchema>;
export type TopologyNode = z.infer<typeof NodeSchema>;
export type ServerNode = z.infer<typeof ServerNodeSchema>;
export type SwitchNode = z.infer<typeof SwitchNodeSchema>;
export type HbaNode = z.infer<typeof HbaNodeSchema>;
export type NicNode = z.infer<typeof NicNodeSchema>;
export type AdapterNode = HbaNode | NicNode;
export type FabricNode = z.infer<typeof SanNodeSchema> | z.infer<typeof LanNodeSchema>;
export type TopologyLink = z.infer<typeof LinkSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type Fault = z.infer<typeof FaultSchema>;
export type Prices = z.infer<typeof PricesSchema>;

export const DEFAULT_SETTINGS: Settings = { seed: 1, duration: 10, warmup: 1, faults: [], prices: {} };
