import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, LIMITS, addNode, connect, example, scaleDesign, setWorkload, type Topology } from '../model/index.ts';
import { decodeDesignFile, encodeDesignFile } from './designFile.ts';
import { openDesignFile, readDesignFile, saveDesignFile, type FilePickers } from './fileAccess.ts';

const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(new URL('../../public/topology.schema.json', import.meta.url), 'utf8')));

/** A save picker that keeps what was written, or one whose dialog the person cancels. */
function savePicker(written: Blob[], cancel = false): FilePickers {
  return {
    async showSaveFilePicker({ suggestedName }) {
      if (cancel) throw new DOMException('The user aborted a request.', 'AbortError');
      return { name: suggestedName, createWritable: async () => ({ write: async (blob: Blob) => void written.push(blob), close: async () => {} }) };
    },
  };
}

const openPicker = (file: File | 'cancel'): FilePickers => ({
  async showOpenFilePicker() {
    if (file === 'cancel') throw new DOMException('The user aborted a request.', 'AbortError');
    return [{ getFile: async () => file }];
  },
});

describe('a saved design file', () => {
  it.each(EXAMPLE_NAMES)('validates against public/topology.schema.json (%s)', (name) => {
    const saved: unknown = JSON.parse(encodeDesignFile(example(name)));
    expect(validate(saved), JSON.stringify(validate.errors)).toBe(true);
  });

  it('validates for edited designs too: custom workloads, cables, a large design', () => {
    let design: Topology = scaleDesign(48);
    const added = addNode(design, 'server', { x: 10, y: 20 });
    if (!added.ok) throw new Error(added.reason);
    const cabled = connect(added.topology, added.id, 'sw1');
    const custom = setWorkload(cabled.ok ? cabled.topology : added.topology, added.id, { storageIops: 1234.5, arrivals: 'bursty', onMs: 20 });
    if (!custom.ok) throw new Error(custom.reason);
    design = custom.topology;
    expect(validate(JSON.parse(encodeDesignFile(design))), JSON.stringify(validate.errors)).toBe(true);
    fc.assert(fc.property(fc.constantFrom(...EXAMPLE_NAMES), fc.string({ maxLength: 80 }), (name, label) => {
      const renamed = { ...example(name), name: label.trim() || 'x' };
      const reopened = decodeDesignFile(encodeDesignFile(renamed), 'x.iov.json');
      return !reopened.ok || validate(JSON.parse(encodeDesignFile(reopened.topology))) === true;
    }), { numRuns: 200 });
  });
});

describe('saving and opening files', () => {
  it('writes the design where the person chooses, as the file IOV Studio opens', async () => {
    const written: Blob[] = [];
    const saved = await saveDesignFile(example('classic-rack'), savePicker(written));
    expect(saved).toEqual({ ok: true, name: 'classic-rack.iov.json', how: 'picker' });
    expect(written).toHaveLength(1);
    expect(await written[0]!.text()).toBe(encodeDesignFile(example('classic-rack')));
  });

  it('does nothing when the person cancels a dialog', async () => {
    expect(await saveDesignFile(example('classic-rack'), savePicker([], true))).toEqual({ ok: false, cancelled: true });
    expect(await openDesignFile(openPicker('cancel'))).toEqual({ ok: false, cancelled: true });
  });

  it('reads a chosen file through the one decoder', async () => {
    const file = new File([encodeDesignFile(example('redundant-virtualized'))], 'lab.iov.json');
    const opened = await openDesignFile(openPicker(file));
    expect(opened.ok && opened.name).toBe('lab.iov.json');
    expect(opened.ok && opened.result).toEqual({ ok: true, topology: example('redundant-virtualized') });
    const broken = await openDesignFile(openPicker(new File(['{"version": 1, '], 'broken.json')));
    expect(broken.ok && !broken.result.ok && broken.result.problems[0]!.path).toBe('broken.json:1:16');
  });

  it('refuses a file too large to be a design by its size, without reading it', async () => {
    const huge = { name: 'video.mp4', size: LIMITS.fileBytes + 1, arrayBuffer: () => { throw new Error('read'); } } as unknown as File;
    const result = await readDesignFile(huge);
    expect(!result.ok && result.problems[0]).toEqual({ path: 'video.mp4', message: expect.stringMatching(/^The file is 4 MiB .*at most 4 MiB/) });
  });

  it('says so when the browser cannot read a dropped file, instead of an unhandled rejection', async () => {
    const folder = { name: 'designs', size: 0, arrayBuffer: () => Promise.reject(new DOMException('A requested file or directory could not be found.', 'NotFoundError')) } as unknown as File;
    const result = await readDesignFile(folder);
    expect(!result.ok && result.problems).toEqual([{ path: 'designs', message: 'The browser could not read this file (A requested file or directory could not be found.). Is it a folder, or was it moved or deleted since? Choose a design file (.iov.json).' }]);
  });

  it('refuses a file whose labels hold half a character, with a message', async () => {
    const design = example('virtualized-rack');
    const text = JSON.stringify({ ...design, nodes: design.nodes.map((n, i) => (i === 0 ? { ...n, label: 'Web \ud83d' } : n)) });
    expect(text).toContain('\\ud83d');
    const result = await readDesignFile(new File([text], 'surrogate.iov.json'));
    expect(!result.ok && result.problems[0]).toEqual({ path: 'nodes[0].label', message: 'holds half of a character (a lone UTF-16 surrogate): retype it' });
  });
});
