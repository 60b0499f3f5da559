import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { example } from './examples/index.ts';
import { migrate, type MigrateResult } from './migrate.ts';
import { LIMITS } from './schema.ts';

const design = () => JSON.parse(JSON.stringify(example('virtualized-rack')));

function problemsOf(result: MigrateResult) {
  if (result.ok) throw new Error('expected the document to be refused');
  return result.problems;
}

describe('migrate', () => {
  it('accepts a current document unchanged', () => {
    const input = design();
    const result = migrate(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.topology).toEqual(input);
      expect(result.upgradedFrom).toBeUndefined();
    }
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'hello'],
    ['a list', []],
  ])('refuses %s with a message saying what a design is', (_name, input) => {
    const [problem] = problemsOf(migrate(input));
    expect(problem!.message).toMatch(/not an IOV Studio design/);
  });

  it('refuses a document without a version', () => {
    const { version: _v, ...rest } = design();
    expect(problemsOf(migrate(rest))[0]).toMatchObject({ path: 'version' });
  });

  it('refuses a newer version and says to update', () => {
    expect(problemsOf(migrate({ ...design(), version: 7 }))[0]!.message).toMatch(/newer IOV Studio.*Update/);
  });

  it('names the path and the allowed kinds for an unknown kind', () => {
    const input = design();
    input.nodes[2].kind = 'router';
    const [problem] = problemsOf(migrate(input));
    expect(problem!.path).toBe('nodes[2].kind');
    expect(problem!.message).toContain('"router"');
    expect(problem!.message).toContain('iov-switch');
  });

  it('refuses a property out of range, with its bounds', () => {
    const input = design();
    const hba = input.nodes.find((n: { kind: string }) => n.kind === 'fc-hba');
    hba.props.ports = 9;
    const [problem] = problemsOf(migrate(input));
    expect(problem!.path).toMatch(/^nodes\[\d+\]\.props\.ports$/);
    expect(problem!.message).toContain('maximum of 4');
  });

  it('refuses a speed that is not a real FC speed, listing the real ones', () => {
    const input = design();
    input.nodes.find((n: { kind: string }) => n.kind === 'fc-hba').props.speedGfc = 3;
    expect(problemsOf(migrate(input))[0]!.message).toContain('1, 2, 4, 8, 16, 32, 64');
  });

  it('refuses duplicate ids, links to missing nodes and bad cabling', () => {
    const input = design();
    input.nodes[1].id = input.nodes[0].id;
    input.links[0].target = 'sw9';
    input.links.push({ id: 'l99', kind: 'fc', source: 's1', target: 'san1' });
    const messages = problemsOf(migrate(input)).map((p) => `${p.path}: ${p.message}`);
    expect(messages.some((m) => m.includes('used twice'))).toBe(true);
    expect(messages.some((m) => m.startsWith('links[0].target') && m.includes('"sw9", which does not exist'))).toBe(true);
    expect(messages.some((m) => m.startsWith('links[12]') && m.includes('through an adapter'))).toBe(true);
  });

  it('refuses an unknown field and a missing one', () => {
    const input = design();
    input.nodes[0].colour = 'red';
    delete input.settings.seed;
    const problems = problemsOf(migrate(input));
    expect(problems).toContainEqual({ path: 'nodes[0]', message: 'has unknown field "colour": remove it or check the spelling.' });
    expect(problems).toContainEqual({ path: 'settings.seed', message: 'is missing: add a number here.' });
  });

  it('ignores nothing silently: a __proto__ or constructor key is refused, not merged', () => {
    const input = JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"x": 1}, ${JSON.stringify(design()).slice(1)}`);
    const problems = problemsOf(migrate(input));
    expect(problems[0]!.message).toMatch(/unknown fields "__proto__", "constructor"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a design over the node limit before checking each node', () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => ({ kind: 'san', id: `san${i + 1}` }));
    const [problem] = problemsOf(migrate({ ...design(), nodes }));
    expect(problem).toMatchObject({ path: 'nodes' });
    expect(problem!.message).toContain(`at most ${LIMITS.nodes}`);
  });

  it('caps a flood of problems at 50 and says how many more', () => {
    const nodes = Array.from({ length: 500 }, () => ({ kind: 'nope' }));
    const problems = problemsOf(migrate({ ...design(), nodes }));
    expect(problems).toHaveLength(51);
    expect(problems[50]!.message).toBe('and 450 more problems.');
  });

  it('keeps labels with markup as plain text', () => {
    const input = design();
    input.nodes[0].label = '<img src=x onerror=alert(1)>';
    const result = migrate(input);
    expect(result.ok && result.topology.nodes[0]!.label).toBe('<img src=x onerror=alert(1)>');
  });

  it('refuses control characters in a label', () => {
    const input = design();
    input.nodes[0].label = 'Web\u0007';
    expect(problemsOf(migrate(input))[0]!.path).toBe('nodes[0].label');
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true, withBigInt: true }), (input) => {
        const result = migrate(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutations of a real design', () => {
    const base = design();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.jsonValue()), { maxLength: 4 }), (edits) => {
        const input = structuredClone(base);
        for (const [where, value] of edits) {
          const target = where < 6 ? input.nodes[where] : where < 10 ? input.links[where - 6] : input.settings;
          const keys = Object.keys(target);
          target[keys[where % keys.length]!] = value;
        }
        expect(typeof migrate(input).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
