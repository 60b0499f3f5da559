import { numberProperty, propertyProblem, propertySpecs, type PropertySpec, type TopologyNode } from '../model/index.ts';

/** A field's text read as a number; '' and junk are not numbers. Accepts a decimal comma. */
export function parseNumber(text: string): number | undefined {
  const clean = text.trim().replace(',', '.');
  if (clean === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(clean)) return undefined;
  return Number(clean);
}

/** Why a typed value cannot be applied, in the catalog's words, or undefined when it can. */
export function fieldProblem(spec: PropertySpec, text: string): string | undefined {
  if (spec.type === 'choice') return propertyProblem(spec, text);
  const value = parseNumber(text);
  return value === undefined ? `${spec.label} must be a number.` : propertyProblem(spec, value);
}

/** A property the selected nodes share: one spec, and the value when all agree (else `mixed`). */
export type SharedProperty = { key: string; spec: PropertySpec; value: string | number | undefined; mixed: boolean };

const sameSpec = (a: PropertySpec, b: PropertySpec) =>
  a.type === b.type && a.label === b.label && (a.type === 'choice'
    ? a.options.join() === (b as typeof a).options.join()
    : a.min === (b as typeof a).min && a.max === (b as typeof a).max && (a.options ?? []).join() === ((b as typeof a).options ?? []).join());

/** The properties every selected node has, with the same bounds: what a multi-selection edits. */
export function sharedProperties(nodes: readonly TopologyNode[]): SharedProperty[] {
  const [first, ...rest] = nodes;
  if (!first) return [];
  return Object.entries(propertySpecs(first.kind)).flatMap(([key, spec]) => {
    if (!rest.every((node) => { const other = propertySpecs(node.kind)[key]; return other && sameSpec(spec, other); })) return [];
    const values = nodes.map((node) => (node.props as Record<string, string | number>)[key]);
    const mixed = values.some((v) => v !== values[0]);
    return [{ key, spec, value: mixed ? undefined : values[0], mixed }];
  });
}

/**
 * The workload's numeric fields as the inspector shows them: labels, units and bounds (the same as
 * WorkloadSchema's, checked by a test), shares shown in percent.
 */
export type WorkloadField = { key: 'storageIops' | 'blockKiB' | 'readShare' | 'networkMbps' | 'messageKiB' | 'transmitShare' | 'onMs' | 'offMs'; spec: PropertySpec; scale: number; step: number };

export const WORKLOAD_FIELDS: readonly WorkloadField[] = [
  { key: 'storageIops', spec: numberProperty({ label: 'Storage demand', unit: 'IOPS', default: 50, min: 0, max: 10_000_000 }), scale: 1, step: 50 },
  { key: 'blockKiB', spec: numberProperty({ label: 'Block size', unit: 'KiB', default: 8, min: 0.5, max: 16_384 }), scale: 1, step: 1 },
  { key: 'readShare', spec: numberProperty({ label: 'Reads', unit: '%', default: 70, min: 0, max: 100 }), scale: 100, step: 5 },
  { key: 'networkMbps', spec: numberProperty({ label: 'Network demand', unit: 'Mb/s', default: 10, min: 0, max: 1_000_000 }), scale: 1, step: 10 },
  { key: 'messageKiB', spec: numberProperty({ label: 'Message size', unit: 'KiB', default: 16, min: 0.0625, max: 16_384 }), scale: 1, step: 1 },
  { key: 'transmitShare', spec: numberProperty({ label: 'Transmits', unit: '%', default: 50, min: 0, max: 100 }), scale: 100, step: 5 },
  { key: 'onMs', spec: numberProperty({ label: 'Mean burst', unit: 'ms', default: 50, min: 0.1, max: 3_600_000 }), scale: 1, step: 10 },
  { key: 'offMs', spec: numberProperty({ label: 'Mean pause', unit: 'ms', default: 200, min: 0.1, max: 3_600_000 }), scale: 1, step: 10 },
];

/** A shown value back to the document's units (90 % -> 0.9), without binary noise (0.7 not 0.7000000000000001). */
export function toDocumentValue(field: Pick<WorkloadField, 'scale'>, shown: number): number {
  return field.scale === 1 ? shown : Number((shown / field.scale).toPrecision(12));
}

export function toShownValue(field: Pick<WorkloadField, 'scale'>, value: number): number {
  return field.scale === 1 ? value : Number((value * field.scale).toPrecision(12));
}
