import { describe, expect, it } from 'vitest';
import { example, type ServerNode } from '../model/index.ts';
import { NETWORK_QOS_FIELDS, QUEUE_DEPTH_FIELD, readQosField, STORAGE_QOS_FIELDS } from './qosFields.ts';

const server = example('virtualized-rack').nodes.find((n): n is ServerNode => n.kind === 'server')!;
const field = (id: string) => [QUEUE_DEPTH_FIELD, ...STORAGE_QOS_FIELDS, ...NETWORK_QOS_FIELDS].find((f) => f.id === id)!;

describe('the QoS fields of the inspector', () => {
  it('spell the units out: megabytes for storage, megabits for network', () => {
    expect(field('storage.maxMBps').unit).toBe('MB/s, megabytes');
    expect(field('network.maxMbps').unit).toBe('Mb/s, megabits');
    for (const f of [QUEUE_DEPTH_FIELD, ...STORAGE_QOS_FIELDS, ...NETWORK_QOS_FIELDS]) expect(f.help).toMatch(/^[A-Z].*\.$/);
  });

  it('read a value, a decimal comma, and empty as "none"', () => {
    expect(readQosField(field('storage.maxMBps'), '150,5', server)).toEqual({ value: 150.5 });
    expect(readQosField(field('storage.maxMBps'), '  ', server)).toEqual({ value: undefined });
    expect(field('storage.maxMBps').patch(150)).toEqual({ qos: { trafficClass: 'storage', values: { maxMBps: 150 } } });
    expect(QUEUE_DEPTH_FIELD.patch(undefined)).toEqual({ workload: { queueDepth: undefined } });
  });

  it('refuse the impossible in the field’s own words', () => {
    expect(readQosField(field('storage.maxMBps'), '0', server)).toEqual({ problem: 'Storage cap must be between 0.1 and 100,000 MB/s, or empty for none.' });
    expect(readQosField(field('queueDepth'), '2.5', server)).toEqual({ problem: 'Queue depth must be a whole number.' });
    expect(readQosField(field('network.weight'), 'lots', server)).toEqual({ problem: 'Network weight must be a number, or empty for none.' });
    const capped = { ...server, qos: { storage: { maxMBps: 200 } } };
    expect(readQosField(field('storage.minMBps'), '300', capped)).toEqual({
      problem: 'The guarantee (300 MB/s) would be above the cap (200 MB/s): a server cannot be promised more than it may use. Lower the guarantee or raise the cap.',
    });
    expect(readQosField(field('storage.minMBps'), '200', capped)).toEqual({ value: 200 });
  });
});
