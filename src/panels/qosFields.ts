import { QOS_RANGES, type QosPatch, type ServerNode } from '../model/index.ts';
import { parseNumber } from './fieldValue.ts';

/**
 * The queue depth and the QoS fields as the inspector shows them: a label, the unit spelled out
 * (storage in megabytes per second, network in megabits), one sentence on what each does, and the
 * bounds of qos.ts. Every field is optional: empty means "not set".
 */
export type QosField = {
  id: string;
  label: string;
  unit: string;
  help: string;
  range: { min: number; max: number };
  integer?: boolean;
  /** The value of a server, or undefined when it has none. */
  read(server: ServerNode): number | undefined;
  /** The change that sets (or, with undefined, removes) it. */
  patch(value: number | undefined): { workload: { queueDepth: number | undefined } } | { qos: QosPatch };
};

const storage = (key: 'weight' | 'minMBps' | 'maxMBps' | 'maxIops' | 'burstKiB') => ({
  read: (server: ServerNode) => server.qos?.storage?.[key],
  patch: (value: number | undefined) => ({ qos: { trafficClass: 'storage', values: { [key]: value } } as QosPatch }),
});
const network = (key: 'weight' | 'minMbps' | 'maxMbps' | 'burstKiB') => ({
  read: (server: ServerNode) => server.qos?.network?.[key],
  patch: (value: number | undefined) => ({ qos: { trafficClass: 'network', values: { [key]: value } } as QosPatch }),
});

const MEGABYTES = 'MB/s, megabytes';
const MEGABITS = 'Mb/s, megabits';

export const QUEUE_DEPTH_FIELD: QosField = {
  id: 'queueDepth', label: 'Queue depth', unit: 'I/Os per class', range: QOS_RANGES.queueDepth, integer: true,
  help: 'At most this many I/Os of each class in flight, like fio’s iodepth; the next waits at the server until one completes. Empty: unlimited.',
  read: (server) => server.workload.queueDepth,
  patch: (value) => ({ workload: { queueDepth: value } }),
};

export const STORAGE_QOS_FIELDS: readonly QosField[] = [
  { id: 'storage.weight', label: 'Storage weight', unit: 'share', range: QOS_RANGES.weight, integer: true, help: 'Its share of a busy pool against the other servers’ weights, in bytes. Empty: 1.', ...storage('weight') },
  { id: 'storage.minMBps', label: 'Storage guarantee', unit: MEGABYTES, range: QOS_RANGES.minMBps, help: 'Served ahead of every weighted share, up to this rate, whenever the server asks for it.', ...storage('minMBps') },
  { id: 'storage.maxMBps', label: 'Storage cap', unit: MEGABYTES, range: QOS_RANGES.maxMBps, help: 'Reads and writes together never go faster; the excess waits at the server, never dropped.', ...storage('maxMBps') },
  { id: 'storage.maxIops', label: 'Storage I/O cap', unit: 'IOPS', range: QOS_RANGES.maxIops, help: 'At most this many reads and writes per second, together; the excess waits at the server.', ...storage('maxIops') },
  { id: 'storage.burstKiB', label: 'Storage burst', unit: 'KiB', range: QOS_RANGES.burstKiB, help: 'How much the cap lets through at once after a quiet spell. Empty: 10 ms of the cap.', ...storage('burstKiB') },
];

export const NETWORK_QOS_FIELDS: readonly QosField[] = [
  { id: 'network.weight', label: 'Network weight', unit: 'share', range: QOS_RANGES.weight, integer: true, help: 'Its share of a busy pool against the other servers’ weights, in bytes. Empty: 1.', ...network('weight') },
  { id: 'network.minMbps', label: 'Network guarantee', unit: MEGABITS, range: QOS_RANGES.minMbps, help: 'Served ahead of every weighted share, up to this rate, whenever the server asks for it.', ...network('minMbps') },
  { id: 'network.maxMbps', label: 'Network cap', unit: MEGABITS, range: QOS_RANGES.maxMbps, help: 'Transmits and receives together never go faster; the excess waits at the server, never dropped.', ...network('maxMbps') },
  { id: 'network.burstKiB', label: 'Network burst', unit: 'KiB', range: QOS_RANGES.burstKiB, help: 'How much the cap lets through at once after a quiet spell. Empty: 10 ms of the cap.', ...network('burstKiB') },
];

const figure = (n: number) => n.toLocaleString('en-US');

/**
 * What typing `text` in the field means: a value (undefined: remove it) or why it cannot be applied,
 * in the field's own words. A guarantee above the cap is refused here, naming both, before the model
 * would refuse it with its paths.
 */
export function readQosField(field: QosField, text: string, server: ServerNode | undefined): { value: number | undefined } | { problem: string } {
  if (text.trim() === '') return { value: undefined };
  const value = parseNumber(text);
  const unit = field.unit === 'share' ? '' : ` ${field.unit.split(',')[0]}`;
  if (value === undefined) return { problem: `${field.label} must be a number, or empty for none.` };
  if (value < field.range.min || value > field.range.max) {
    return { problem: `${field.label} must be between ${figure(field.range.min)} and ${figure(field.range.max)}${unit}, or empty for none.` };
  }
  if (field.integer && !Number.isInteger(value)) return { problem: `${field.label} must be a whole number.` };
  const pair = server && guaranteeAndCap(field, value, server);
  if (pair && pair.min > pair.max) {
    return { problem: `The guarantee (${figure(pair.min)}${unit}) would be above the cap (${figure(pair.max)}${unit}): a server cannot be promised more than it may use. Lower the guarantee or raise the cap.` };
  }
  return { value };
}

function guaranteeAndCap(field: QosField, value: number, server: ServerNode): { min: number; max: number } | undefined {
  const s = server.qos?.storage;
  const n = server.qos?.network;
  switch (field.id) {
    case 'storage.minMBps': return s?.maxMBps === undefined ? undefined : { min: value, max: s.maxMBps };
    case 'storage.maxMBps': return s?.minMBps === undefined ? undefined : { min: s.minMBps, max: value };
    case 'network.minMbps': return n?.maxMbps === undefined ? undefined : { min: value, max: n.maxMbps };
    case 'network.maxMbps': return n?.minMbps === undefined ? undefined : { min: n.minMbps, max: value };
    default: return undefined;
  }
}
