import { describe, expect, it } from 'vitest';
import { example, propertySpecs, WorkloadSchema, PRESETS } from '../model/index.ts';
import { fieldProblem, parseNumber, sharedProperties, toDocumentValue, toShownValue, WORKLOAD_FIELDS } from './fieldValue.ts';

const rack = example('virtualized-rack');
const node = (id: string) => rack.nodes.find((n) => n.id === id)!;

describe('reading what is typed', () => {
  it.each([['12', 12], [' 0.5 ', 0.5], ['2,5', 2.5], ['1e3', 1000], ['.5', 0.5], ['', undefined], ['12abc', undefined], ['abc', undefined]])('%j is %s', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('says why a value cannot be applied, in the catalog’s words', () => {
    const hba = propertySpecs('fc-hba');
    expect(fieldProblem(hba.speedGfc!, '3')).toBe('Speed must be one of 1, 2, 4, 8, 16, 32, 64 GFC.');
    expect(fieldProblem(hba.ports!, '9')).toBe('Ports must be between 1 and 4.');
    expect(fieldProblem(hba.ports!, 'two')).toBe('Ports must be a number.');
    expect(fieldProblem(hba.ports!, '2')).toBeUndefined();
  });
});

describe('sharedProperties', () => {
  it('gives a lone node all its properties', () => {
    expect(sharedProperties([node('sw1')]).map((p) => [p.key, p.value])).toEqual([
      ['serverPorts', 16], ['adapterSlots', 8], ['pcieGen', 2], ['hopLatencyUs', 0.14], ['policy', 'shared-queue'],
    ]);
  });

  it('gives a server and a switch what they share, and marks differing values mixed', () => {
    const server = node('s1');
    if (server.kind !== 'server') throw new Error('s1 is a server');
    const withGen3 = { ...server, props: { ...server.props, pcieGen: 3 } };
    expect(sharedProperties([withGen3, node('sw1')])).toEqual([{ key: 'pcieGen', spec: propertySpecs('server').pcieGen, value: undefined, mixed: true }]);
    expect(sharedProperties([node('s1'), node('s2')]).map((p) => [p.key, p.value])).toEqual([['pcieGen', 2], ['pcieLanes', 8], ['slots', 4]]);
    expect(sharedProperties([node('s1'), node('san1')])).toEqual([]);
  });
});

describe('the workload fields', () => {
  it('have the bounds of the file format: the edges pass, just past them fails', () => {
    for (const field of WORKLOAD_FIELDS) {
      if (field.spec.type !== 'number') continue;
      const at = (shown: number) => WorkloadSchema.safeParse({ ...PRESETS.web, [field.key]: toDocumentValue(field, shown) }).success;
      expect(at(field.spec.max), `${field.key} at max`).toBe(true);
      expect(at(field.spec.max * 1.001 + 1), `${field.key} past max`).toBe(false);
      expect(at(field.spec.min), `${field.key} at min`).toBe(true);
      if (field.spec.min === 0) expect(at(-1), `${field.key} below 0`).toBe(false);
    }
  });

  it('shows shares in percent and stores fractions, without binary noise', () => {
    const reads = WORKLOAD_FIELDS.find((f) => f.key === 'readShare')!;
    expect(toShownValue(reads, 0.7)).toBe(70);
    expect(toDocumentValue(reads, 70)).toBe(0.7);
    expect(toShownValue(reads, 0.07)).toBe(7);
  });
});
