// Documents an attacker or a careless user could hand to `migrate` (issue 16, item 1): every
// answer is a short message, every value from the document in it capped and escaped.
import { describe, expect, it } from 'vitest';
import { example } from './examples/index.ts';
import { migrate } from './migrate.ts';
import { rename } from './operations/rename.ts';
import { UNSAFE_CHARACTER } from './plainText.ts';

const BIG = 'x'.repeat(900_000);

function problemsOf(input: unknown) {
  const result = migrate(input);
  if (result.ok) throw new Error('expected a refusal');
  return result.problems;
}

function rack(edit: (design: any) => void): unknown {
  const design: any = example('virtualized-rack');
  edit(design);
  return design;
}

describe('migrate refuses hostile documents with short messages', () => {
  it('a 900,000-character version, before any other work', () => {
    const problems = problemsOf({ version: BIG, nodes: 'not even a list' });
    expect(problems).toEqual([{ path: 'version', message: `The version must be a whole number such as 2, not "${'x'.repeat(120)}… (900,000 characters)".` }]);
  });

  it('an unknown key of 900,000 characters, anywhere in the document', () => {
    const problems = problemsOf(rack((d) => { d.nodes[3].props[BIG] = 1; }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('nodes[3].props');
    expect(problems[0]!.message).toContain(`"${'x'.repeat(120)}… (900,000 characters)"`);
    expect(problems[0]!.message.length).toBeLessThan(300);
  });

  it('a key of 65 characters is refused, one of 64 is reported as unknown as usual', () => {
    expect(problemsOf(rack((d) => { d.settings['k'.repeat(65)] = 1; }))[0]!.message).toMatch(/longer than 64 characters/);
    expect(problemsOf(rack((d) => { d.settings['k'.repeat(64)] = 1; }))[0]!.message).toMatch(/has unknown field "k{64}"/);
  });

  it('many unknown keys are named five at a time', () => {
    const problems = problemsOf(rack((d) => { for (let i = 0; i < 1000; i++) d.settings[`extra${i}`] = i; }));
    expect(problems[0]!.message).toBe('has unknown fields "extra0", "extra1", "extra2", "extra3", "extra4" and 995 more: remove them or check the spelling.');
  });

  it('ids and references are echoed capped, even beside other problems', () => {
    const problems = problemsOf(rack((d) => { d.links[0].source = `s${BIG}`; }));
    for (const p of problems) expect(p.message.length).toBeLessThan(400);
    expect(problems.some((p) => p.message.includes('(900,001 characters)'))).toBe(true);
  });

  it('a deeply nested value does not overflow the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const problems = problemsOf(rack((d) => { d.settings.faults = deep; }));
    expect(problems.length).toBeGreaterThan(0);
  });
});

const withLabel = (label: string) => migrate(rack((d) => { d.nodes[0].label = label; }));

describe('labels are plain text', () => {

  it('refuse C0, DEL, C1 controls and bidi overrides and isolates, shown escaped', () => {
    for (const bad of ['\u001b[2J', 'a\u0007', '\u007f', '\u0085', '\u009b31m', 'abc\u202eexe.txt', '\u202a', '\u2066x\u2069']) {
      const result = withLabel(bad);
      expect(result.ok, JSON.stringify(bad)).toBe(false);
      if (!result.ok) {
        expect(result.problems[0]!.path).toBe('nodes[0].label');
        expect(result.problems[0]!.message).toMatch(/must be plain text/);
        expect(result.problems[0]!.message).toMatch(/\\u00|\\u20/);
        expect(result.problems[0]!.message).not.toMatch(UNSAFE_CHARACTER);
      }
    }
  });

  it('keep LRM and RLM, which Arabic and Hebrew labels need', () => {
    expect(withLabel('שרת\u200f 1').ok).toBe(true);
    expect(withLabel('\u200eخادم 2').ok).toBe(true);
  });

  it('refuse a lone surrogate with a message', () => {
    const result = withLabel('Server \ud83d');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/half of a character/);
  });

  it('rename cleans them instead of refusing', () => {
    const renamed = rename(example('virtualized-rack'), 's1', 'Web\u202e 1\u009b\ud800');
    expect(renamed.ok && renamed.topology.nodes.find((n) => n.id === 's1')!.label).toBe('Web 1 \ufffd');
  });
});

function refusal(edit: (design: any) => void): string {
  const result = migrate(rack(edit));
  return result.ok ? 'accepted' : result.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

describe('settings and workloads are validated by range (issue 16, item 2)', () => {

  it('refuses a denormal or tiny duration', () => {
    expect(refusal((d) => { d.settings.duration = 5e-324; d.settings.warmup = 0; })).toBe('settings.duration: is 5e-324, below the minimum of 0.01.');
    expect(refusal((d) => { d.settings.duration = 0.01; d.settings.warmup = 0; })).toBe('accepted');
  });

  it('refuses bursts and pauses shorter than 0.1 ms', () => {
    expect(refusal((d) => { d.nodes[0].workload.onMs = 1e-300; })).toBe('nodes[0].workload.onMs: is 1e-300, below the minimum of 0.1.');
    expect(refusal((d) => { d.nodes[0].workload.offMs = 0.05; })).toBe('nodes[0].workload.offMs: is 0.05, below the minimum of 0.1.');
  });

  it('refuses rates above their bounds and numbers JSON cannot hold', () => {
    expect(refusal((d) => { d.nodes[0].workload.storageIops = 1e300; })).toBe('nodes[0].workload.storageIops: is 1e+300, above the maximum of 10000000.');
    expect(refusal((d) => { d.settings.warmup = -1; })).toBe('settings.warmup: is -1, below the minimum of 0.');
  });
});
