import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, LIMITS, example } from '../model/index.ts';
import { decodeDesignFile, designFileName, encodeDesignFile } from './designFile.ts';

const problemsOf = (result: ReturnType<typeof decodeDesignFile>) => (result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`));

describe('design files', () => {
  it.each(EXAMPLE_NAMES)('save and open %s unchanged, as text or bytes', (name) => {
    const text = encodeDesignFile(example(name));
    expect(text.endsWith('}\n')).toBe(true);
    const fromText = decodeDesignFile(text, 'rack.iov.json');
    const fromBytes = decodeDesignFile(new TextEncoder().encode(text), 'rack.iov.json');
    expect(fromText.ok && fromText.topology).toEqual(example(name));
    expect(fromBytes.ok && fromBytes.topology).toEqual(example(name));
  });

  it('name the file after the design', () => {
    expect(designFileName(example('virtualized-rack'))).toBe('virtualized-rack.iov.json');
    expect(designFileName({ ...example('classic-rack'), name: '  Rack #2 (café) ' })).toBe('rack-2-cafe.iov.json');
    expect(designFileName({ ...example('classic-rack'), name: '???' })).toBe('design.iov.json');
  });

  it('place a JSON syntax error by line and column', () => {
    expect(problemsOf(decodeDesignFile('{\n  "version": 1,\n  "nodes": [1, 2,],\n}\n', 'bad.json'))).toEqual([
      "bad.json:3:18: Unexpected token ']': the file is not valid JSON.",
    ]);
  });

  it('refuse bytes that are not UTF-8, and a file over the limit before parsing it', () => {
    expect(problemsOf(decodeDesignFile(new Uint8Array([0x7b, 0xff, 0x7d]), 'x.json'))[0]).toMatch(/not UTF-8 text/);
    expect(problemsOf(decodeDesignFile(new Uint8Array(LIMITS.fileBytes + 1), 'big.json'))[0]).toMatch(/^big\.json: The file is 4 MiB .* at most 4 MiB/);
  });

  it('upgrade an older file and validate a broken one through migrate', () => {
    const v0 = JSON.stringify({ format: 'iov-topology-draft', nodes: [{ id: 'san1', type: 'san', x: 0, y: 0 }], edges: [] });
    const upgraded = decodeDesignFile(v0, 'old.json');
    expect(upgraded.ok && upgraded.upgradedFrom).toBe(0);
    const broken = encodeDesignFile(example('classic-rack')).replace('"kind": "san"', '"kind": "router"');
    expect(problemsOf(decodeDesignFile(broken, 'x.json'))[0]).toMatch(/kind: is "router", not a known kind/);
  });
});
