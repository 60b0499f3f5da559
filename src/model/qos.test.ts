import { describe, expect, it } from 'vitest';
import { example } from './examples/index.ts';
import { migrate } from './migrate.ts';
import { setQos, setWorkload } from './operations/index.ts';
import { isNeutralQos, QOS_RANGES, QosSchema } from './qos.ts';
import type { ServerNode, Topology } from './schema.ts';
import { presetOf, PRESETS } from './workload.ts';

const server = (topology: Topology, id: string) => topology.nodes.find((n) => n.id === id) as ServerNode;
const applied = (result: ReturnType<typeof setQos>) => {
  if (!result.ok) throw new Error(result.reason);
  return result.topology;
};

describe('QoS in the document', () => {
  it('accepts a server with guarantees, caps and weights in each class', () => {
    const design = structuredClone(example('virtualized-rack')) as Topology;
    (design.nodes[0] as ServerNode).qos = { storage: { weight: 3, minMBps: 50, maxMBps: 200, maxIops: 5000, burstKiB: 1024 }, network: { weight: 2, minMbps: 100, maxMbps: 2000 } };
    (design.nodes[1] as ServerNode).workload.queueDepth = 32;
    const result = migrate(JSON.parse(JSON.stringify(design)));
    expect(result.ok && result.topology).toEqual(design);
  });

  it.each([
    [{ storage: { weight: 0 } }, 'storage.weight', 'is 0, below the minimum of 1.'],
    [{ storage: { weight: 1001 } }, 'storage.weight', 'is 1001, above the maximum of 1000.'],
    [{ storage: { maxMBps: 0 } }, 'storage.maxMBps', 'is 0, below the minimum of 0.1.'],
    [{ storage: { maxIops: 0.5 } }, 'storage.maxIops', 'is 0.5, below the minimum of 1.'],
    [{ network: { maxMbps: 2_000_000 } }, 'network.maxMbps', 'is 2000000, above the maximum of 1000000.'],
    [{ network: { burstKiB: 1 } }, 'network.burstKiB', 'is 1, below the minimum of 4.'],
    [{ storage: { minMBps: 300, maxMBps: 200 } }, 'storage.minMBps', 'is 300, above the cap maxMBps of 200: a guarantee cannot exceed its cap. Lower it or raise the cap.'],
    [{ network: { minMbps: 900, maxMbps: 800 } }, 'network.minMbps', 'is 900, above the cap maxMbps of 800: a guarantee cannot exceed its cap. Lower it or raise the cap.'],
    [{ storage: { minMbps: 100 } }, 'storage', 'has unknown field "minMbps": remove it or check the spelling.'],
  ])('refuses %j at %s', (qos, path, message) => {
    const design = structuredClone(example('virtualized-rack')) as Topology;
    (design.nodes[0] as unknown as { qos: unknown }).qos = qos;
    const result = migrate(design);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ path: `nodes[0].qos.${path}`, message }]);
  });

  it('bounds the queue depth to whole numbers from 1 to 65,536', () => {
    for (const [depth, ok] of [[1, true], [65_536, true], [0, false], [65_537, false], [2.5, false]] as const) {
      expect(setWorkload(example('virtualized-rack'), 's1', { queueDepth: depth }).ok).toBe(ok);
    }
    expect(QOS_RANGES.queueDepth).toEqual({ min: 1, max: 65_536 });
  });

  it('a neutral QoS changes nothing: absent, empty or weight 1', () => {
    expect(isNeutralQos(undefined)).toBe(true);
    expect(isNeutralQos({ storage: {}, network: { weight: 1 } })).toBe(true);
    expect(isNeutralQos({ storage: { weight: 2 } })).toBe(false);
    expect(isNeutralQos({ network: { maxMbps: 100 } })).toBe(false);
    expect(QosSchema.safeParse({}).success).toBe(true);
  });
});

describe('setQos', () => {
  it('sets and merges one class, leaving the other and the workload alone', () => {
    let design = applied(setQos(example('virtualized-rack'), 's1', { trafficClass: 'storage', values: { maxMBps: 200 } }));
    design = applied(setQos(design, 's1', { trafficClass: 'storage', values: { weight: 4 } }));
    design = applied(setQos(design, 's1', { trafficClass: 'network', values: { minMbps: 100 } }));
    expect(server(design, 's1').qos).toEqual({ storage: { maxMBps: 200, weight: 4 }, network: { minMbps: 100 } });
    expect(server(design, 's1').workload).toEqual(server(example('virtualized-rack'), 's1').workload);
  });

  it('removes a field with undefined, and the whole qos when nothing is left', () => {
    let design = applied(setQos(example('virtualized-rack'), 's2', { trafficClass: 'storage', values: { maxMBps: 200, weight: 2 } }));
    design = applied(setQos(design, 's2', { trafficClass: 'storage', values: { maxMBps: undefined } }));
    expect(server(design, 's2').qos).toEqual({ storage: { weight: 2 } });
    design = applied(setQos(design, 's2', { trafficClass: 'storage', values: { weight: undefined } }));
    expect('qos' in server(design, 's2')).toBe(false);
    expect(design).toEqual(example('virtualized-rack'));
  });

  it('refuses an impossible value with the field and what to do, changing nothing', () => {
    const design = applied(setQos(example('virtualized-rack'), 's1', { trafficClass: 'storage', values: { maxMBps: 100 } }));
    expect(setQos(design, 's1', { trafficClass: 'storage', values: { minMBps: 150 } })).toEqual({
      ok: false, reason: 'The QoS storage.minMBps is 150, above the cap maxMBps of 100: a guarantee cannot exceed its cap. Lower it or raise the cap.',
    });
    expect(setQos(design, 'sw1', { trafficClass: 'storage', values: { weight: 2 } })).toEqual({ ok: false, reason: 'There is no server sw1 in the design.' });
  });
});

describe('queueDepth and the presets', () => {
  it('is no preset field: a web server at depth 8 is still "web", and a preset keeps the depth', () => {
    const deep = setWorkload(example('virtualized-rack'), 's1', { ...PRESETS.web, queueDepth: 8 });
    if (!deep.ok) throw new Error(deep.reason);
    expect(presetOf(server(deep.topology, 's1').workload)).toBe('web');
    const backup = setWorkload(deep.topology, 's1', 'backup');
    if (!backup.ok) throw new Error(backup.reason);
    expect(server(backup.topology, 's1').workload).toEqual({ ...PRESETS.backup, queueDepth: 8 });
    const unlimited = setWorkload(backup.topology, 's1', { queueDepth: undefined });
    if (!unlimited.ok) throw new Error(unlimited.reason);
    expect(server(unlimited.topology, 's1').workload).toEqual(PRESETS.backup);
    expect('queueDepth' in server(unlimited.topology, 's1').workload).toBe(false);
  });
});
