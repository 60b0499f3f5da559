import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, example } from './examples/index.ts';
import { topologyJsonSchemaText } from './jsonSchema.ts';
import { scaleDesign } from './scaleDesign.ts';
import { TopologySchema } from './topologySchema.ts';

const published = readFileSync(new URL('../../public/topology.schema.json', import.meta.url), 'utf8');

describe('the published JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` when this fails)', () => {
    expect(published).toBe(topologyJsonSchemaText());
  });

  const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(published));

  it.each(EXAMPLE_NAMES)('accepts the built-in design %s', (name) => {
    expect(validate(example(name)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts scaleDesign(48)', () => {
    expect(validate(scaleDesign(48))).toBe(true);
  });

  it('refuses an unknown kind, a speed that does not exist and an unknown field', () => {
    const design = structuredClone(example('virtualized-rack')) as unknown as { nodes: Record<string, unknown>[] };
    design.nodes[0]!.kind = 'router';
    expect(validate(design)).toBe(false);
    const speed = structuredClone(example('virtualized-rack')) as unknown as { nodes: { kind: string; props: Record<string, unknown> }[] };
    speed.nodes.find((n) => n.kind === 'fc-hba')!.props.speedGfc = 3;
    expect(validate(speed)).toBe(false);
    expect(validate({ ...example('classic-rack'), colour: 'red' })).toBe(false);
  });
});

describe('the zod schema', () => {
  it('round-trips every example through JSON', () => {
    for (const name of EXAMPLE_NAMES) {
      const design = example(name);
      expect(TopologySchema.parse(JSON.parse(JSON.stringify(design)))).toEqual(design);
    }
  });

  it('bounds every string and list (a pattern anchored at both ends bounds an id)', () => {
    const unbounded: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (!value || typeof value !== 'object') return;
      const schema = value as Record<string, unknown>;
      const bounded = ['maxLength', 'maxItems', 'enum', 'const'].some((key) => key in schema)
        || (typeof schema.pattern === 'string' && !schema.pattern.includes('*') && !schema.pattern.includes('+'));
      if ((schema.type === 'string' || schema.type === 'array') && !bounded) unbounded.push(path);
      for (const [key, child] of Object.entries(schema)) walk(child, `${path}/${key}`);
    };
    walk(JSON.parse(published), '#');
    expect(unbounded).toEqual([]);
  });
});
