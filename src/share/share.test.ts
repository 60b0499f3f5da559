import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, NODE_KINDS, PRESETS, addNode, connect, emptyTopology, example, placeAdapter, scaleDesign, setQos, setWorkload, type Topology } from '../model/index.ts';
import { pack } from './packing.ts';
import { HOSTILE_LINKS } from './hostileLinks.ts';
import { CODEC_VERSION, MAX_ENCODED_CHARS, buildFragment, buildLink, decodeDocument, encodeDocument, openLink, parseFragment } from './index.ts';

function apply(t: Topology, op: (t: Topology) => ReturnType<typeof setQos>): Topology {
  const result = op(t);
  if (!result.ok) throw new Error(result.reason);
  return result.topology;
}

function roundTrip(topology: Topology): Topology {
  const result = openLink(buildFragment(topology));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.topology;
}

describe('the link codec', () => {
  it.each(EXAMPLE_NAMES)('gives back %s exactly', (name) => {
    expect(roundTrip(example(name))).toEqual(example(name));
  });

  it('keeps the budgets: virtualized-rack ≤ 1,000, scaleDesign(48) ≤ 2,048, scaleDesign(208) ≤ 8,000 characters', () => {
    expect(buildFragment(example('virtualized-rack')).length).toBeLessThanOrEqual(1000);
    expect(buildFragment(scaleDesign(48)).length).toBeLessThanOrEqual(2048);
    expect(buildFragment(scaleDesign(208)).length).toBeLessThanOrEqual(8000);
    expect(roundTrip(scaleDesign(208))).toEqual(scaleDesign(208));
  });

  it('keeps everything the numbers depend on: workloads off presets, seed, faults, prices, odd ids and labels', () => {
    let design = example('virtualized-rack');
    const custom = setWorkload(design, 's2', { storageIops: 1234.5, arrivals: 'bursty', onMs: 20 });
    if (!custom.ok) throw new Error(custom.reason);
    design = custom.topology;
    design = {
      ...design,
      nodes: design.nodes.map((n) => (n.id === 's3' ? { ...n, label: 'Server 9', position: { x: 10.25, y: -3 } } : n)),
      links: design.links.map((l) => (l.id === 'l4' ? { ...l, id: 'l40' } : l)),
      settings: { seed: 4_000_000_000, duration: 33, warmup: 2.5, faults: [{ at: 1, until: 2, target: 'hba1:1' }], prices: { 'fc-hba': { priceUsd: 900 } } },
    };
    expect(roundTrip(design)).toEqual(design);
  });

  it('keeps QoS and queue depths, and a design without them packs as it did', () => {
    const plain = example('virtualized-rack');
    let design = plain;
    design = apply(design, (t) => setQos(t, 's1', { trafficClass: 'storage', values: { weight: 3, minMBps: 40, maxMBps: 120.5, maxIops: 900, burstKiB: 256 } }));
    design = apply(design, (t) => setQos(t, 's2', { trafficClass: 'network', values: { maxMbps: 500 } }));
    design = apply(design, (t) => setWorkload(t, 's3', { queueDepth: 32 }));
    design = apply(design, (t) => setWorkload(t, 's4', { ...PRESETS.backup, queueDepth: 4 }));
    expect(roundTrip(design)).toEqual(design);
    expect(pack(plain)[2].every((node) => node.length <= 8)).toBe(true);
  });

  it('gives back any design the operations can build', () => {
    const step = fc.record({ kind: fc.constantFrom(...NODE_KINDS), a: fc.nat(30), b: fc.nat(30), x: fc.integer({ min: -5000, max: 5000 }) });
    fc.assert(fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
      let t = emptyTopology('Random');
      for (const s of steps) {
        const added = addNode(t, s.kind, { x: s.x, y: s.a });
        if (added.ok) t = added.topology;
        const ids = t.nodes.map((n) => n.id);
        const a = ids[s.a % ids.length]!;
        const b = ids[s.b % ids.length]!;
        for (const op of [placeAdapter(t, a, b), connect(t, a, b)]) if (op.ok) t = op.topology;
      }
      expect(roundTrip(t)).toEqual(t);
    }), { numRuns: 1000 });
  });

  it('reads a whole URL or a fragment, with the view state beside the document', () => {
    const link = buildLink(example('classic-rack'), 'https://iov.example/app/?x=1#old', { lesson: 'idle adapters', step: 2, viewOnly: true });
    expect(link.startsWith('https://iov.example/app/?x=1#d=1')).toBe(true);
    const parsed = parseFragment(link);
    expect(parsed.ok && parsed.parts).toMatchObject({ lesson: 'idle adapters', step: 2, viewOnly: true });
    const opened = openLink(link.slice(link.indexOf('#') + 1));
    expect(opened.ok && opened.topology).toEqual(example('classic-rack'));
  });

  it('starts with its codec version', () => {
    expect(encodeDocument(example('classic-rack'))[0]).toBe(CODEC_VERSION);
  });
});

/** The messages a hostile link gets, one per line. */
function message(name: string): string {
  const result = openLink(HOSTILE_LINKS[name]!());
  return result.ok ? '' : result.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

describe('hostile and broken links', () => {
  it.each(Object.entries(HOSTILE_LINKS).filter(([name]) => name !== 'a label holding HTML and script'))('refuses %s with a message', (_name, make) => {
    const result = openLink(make());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.problems[0]!.message.length).toBeGreaterThan(20);
    }
  });

  it('says what was wrong', () => {
    expect(message('a link over 16 KB')).toMatch(new RegExp(`at most ${MAX_ENCODED_CHARS.toLocaleString('en-US')}.*as a file`));
    expect(message('a decompression bomb (2 MB of one byte)')).toMatch(/more than 1 MB.*refused unread/);
    expect(message('a 10,000-node design')).toMatch(/10000 nodes; IOV Studio opens at most 2000/);
    expect(message('bytes that are not UTF-8')).toMatch(/not text/);
    expect(message('characters outside base64url')).toMatch(/character 5 is not part of a link/);
    expect(message('a newer link format')).toMatch(/newer IOV Studio.*Update/);
    expect(message('__proto__ and constructor keys')).toMatch(/unknown fields? "__proto__"/);
    expect(message('a truncated link')).toMatch(/damaged or incomplete/);
  });

  it('answers the regression cases of issue 16 briefly, echoing values capped and escaped', () => {
    expect(message('a 900,000-character version')).toBe(`version: The version must be a whole number such as 2, not "${'9'.repeat(120)}… (900,000 characters)".`);
    expect(message('a 900,000-character unknown key')).toBe(`settings: has an unknown field "${'k'.repeat(120)}… (900,000 characters)": no field of a design is longer than 64 characters. Remove it.`);
    expect(message('a label with ESC and BEL (terminal escapes)')).toMatch(/^nodes\[0\]\.label: is "\\u001b\]0;owned\\u0007\\u001b\[2J": must be plain text/);
    expect(message('a label with a C1 CSI and a bidi override')).toMatch(/^nodes\[0\]\.label: is "Web \\u009b31m \\u202egnp\.exe": must be plain text/);
    expect(message('a label with a lone surrogate')).toBe('nodes[0].label: holds half of a character (a lone UTF-16 surrogate): retype it');
    expect(message('a denormal duration (5e-324 s)')).toBe('settings.duration: is 5e-324, below the minimum of 0.01.');
    expect(message('bursts of 1e-300 ms')).toBe('nodes[0].workload.onMs: is 1e-300, below the minimum of 0.1.');
  });

  it('never pollutes Object.prototype', () => {
    openLink(HOSTILE_LINKS['__proto__ and constructor keys']!());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('keeps a label with markup as plain text, for the UI to render inertly', () => {
    const result = openLink(HOSTILE_LINKS['a label holding HTML and script']!());
    expect(result.ok && result.topology.nodes[0]!.label).toBe('<img src=x onerror="alert(1)"><script>alert(2)</script>');
  });

  it('never throws on 10,000 random and mutated links', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      expect(typeof decodeDocument(text).ok).toBe('boolean');
      expect(typeof openLink(text).ok).toBe('boolean');
    }), { numRuns: 2500 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const text = `1${Buffer.from(bytes).toString('base64url')}`;
      expect(typeof decodeDocument(text).ok).toBe('boolean');
    }), { numRuns: 2500 });
    // A real link with characters replaced, removed or inserted, as a bad copy or a meddler would.
    const valid = buildFragment(example('virtualized-rack'));
    const edit = fc.record({ at: fc.nat(valid.length - 1), kind: fc.constantFrom('replace', 'remove', 'insert', 'cut'), char: fc.constantFrom(...'ABCxyz019-_+/=%#&'.split('')) });
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
      let link = valid;
      for (const e of edits) {
        const at = e.at % link.length;
        link = e.kind === 'replace' ? link.slice(0, at) + e.char + link.slice(at + 1)
          : e.kind === 'remove' ? link.slice(0, at) + link.slice(at + 1)
          : e.kind === 'insert' ? link.slice(0, at) + e.char + link.slice(at)
          : link.slice(0, at);
      }
      const result = openLink(link);
      // Either refused with a message, or (rarely, an edit deflate tolerates) a valid design.
      if (!result.ok) expect(result.problems[0]!.message.length).toBeGreaterThan(20);
    }), { numRuns: 5000 });
  });
});
