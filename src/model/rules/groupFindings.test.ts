import { describe, expect, it } from 'vitest';
import { emptyTopology } from '../emptyTopology.ts';
import { example } from '../examples/index.ts';
import { addNode, removeElements, type OpResult } from '../operations/index.ts';
import type { Topology } from '../schema.ts';
import { indexOf } from '../topologyIndex.ts';
import { countOf, type Observation, type Rule, type RuleContext } from './finding.ts';
import { groupFindings } from './groupFindings.ts';
import { checkDesign } from './index.ts';

function ok(result: OpResult): Topology {
  if (!result.ok) throw new Error(result.reason);
  return result.topology;
}

const context = { topology: emptyTopology(), index: indexOf(emptyTopology()) } as unknown as RuleContext;
const rule: Rule = { id: 'test', check: () => [], describeGroup: (group) => `${group.length} merged` };
const seen = (subjectId: string, more: Partial<Observation> = {}): Observation => ({
  rule: 'test', severity: 'warning', message: `${subjectId} alone`, nodeIds: [subjectId], linkIds: [], subjectId, ...more,
});

describe('groupFindings', () => {
  it('merges observations with the same remedy into one finding about all their elements', () => {
    const findings = groupFindings(rule, [
      seen('s1', { nodeIds: ['s1', 'sw1'], linkIds: ['l1'], remedy: 'second switch' }),
      seen('s2', { nodeIds: ['s2', 'sw1'], linkIds: ['l2'], remedy: 'second switch' }),
      seen('s3', { nodeIds: ['s3', 'sw1'], linkIds: ['l3'], remedy: 'second switch' }),
    ], context);
    expect(findings).toEqual([{
      rule: 'test', severity: 'warning', message: '3 merged',
      nodeIds: ['s1', 's2', 's3', 'sw1'], linkIds: ['l1', 'l2', 'l3'], subjectIds: ['s1', 's2', 's3'], anchorId: 'sw1',
    }]);
  });

  it('keeps apart different remedies, different severities, and observations with no remedy', () => {
    const findings = groupFindings(rule, [
      seen('s1', { remedy: 'a' }), seen('s2', { remedy: 'b' }), seen('s3', { remedy: 'a', severity: 'error' }),
      seen('s4'), seen('s5'), seen('s6', { remedy: 'a' }),
    ], context);
    expect(findings.map((f) => [f.message, f.subjectIds])).toEqual([
      ['2 merged', ['s1', 's6']], ['s2 alone', ['s2']], ['s3 alone', ['s3']], ['s4 alone', ['s4']], ['s5 alone', ['s5']],
    ]);
  });

  it('never merges for a rule that cannot word a group', () => {
    const silent: Rule = { id: 'test', check: () => [] };
    expect(groupFindings(silent, [seen('s1', { remedy: 'a' }), seen('s2', { remedy: 'a' })], context)).toHaveLength(2);
  });

  it('anchors a lone finding on its subject, or where the rule says', () => {
    const [plain, placed] = groupFindings(rule, [seen('s1'), seen('l9', { nodeIds: ['s1', 'sw1'], linkIds: ['l9'], anchorId: 'l9' })], context);
    expect(plain).toMatchObject({ anchorId: 's1', subjectIds: ['s1'] });
    expect(placed).toMatchObject({ anchorId: 'l9', subjectIds: ['l9'], nodeIds: ['s1', 'sw1'] });
  });

  it('anchors a group on a shared cable when no node is shared, and on nothing when nothing is', () => {
    const [byCable] = groupFindings(rule, [seen('s1', { linkIds: ['l1'], remedy: 'a' }), seen('s2', { linkIds: ['l1'], remedy: 'a' })], context);
    expect(byCable!.anchorId).toBe('l1');
    const [apart] = groupFindings(rule, [seen('s1', { remedy: 'a' }), seen('s2', { remedy: 'a' })], context);
    expect(apart!.anchorId).toBeNull();
  });
});

describe('grouped wording', () => {
  it('counts the adapters cabled to nothing', () => {
    const t = ok(removeElements(example('virtualized-rack'), ['l9', 'l10']));
    expect(checkDesign(t).find((f) => f.rule === 'adapter-not-cabled')).toMatchObject({
      message: '2 FC HBAs are cabled to no SAN, so they carry nothing: cable each to a SAN.',
      subjectIds: ['hba1', 'hba2'], anchorId: null,
    });
  });
  it('counts the unused nodes of each kind, and the switches in the plural', () => {
    let t = emptyTopology();
    for (const kind of ['iov-switch', 'iov-switch', 'san'] as const) t = ok(addNode(t, kind, { x: 0, y: 0 }));
    expect(checkDesign(t).map((f) => [f.message, f.anchorId])).toEqual([
      ['SAN 1 (san1) is connected to nothing: cable it, or remove it.', 'san1'],
      ['2 IOV switches are connected to nothing: cable them, or remove them.', null],
    ]);
  });
  it('writes counts of catalog names', () => {
    expect([countOf(8, 'Server'), countOf(1, 'Server'), countOf(3, 'Ethernet NIC'), countOf(2, 'IOV switch')]).toEqual(['8 servers', '1 server', '3 Ethernet NICs', '2 IOV switches']);
  });
});
