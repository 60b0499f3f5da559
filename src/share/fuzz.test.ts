// The fuzz corpus of issue 16, item 8: generated hostile input at every door the share code keeps
// (links' `d`, `c`, `l`, `s`, `m`, files, pasted labels), 9,000 cases a run. Each is answered with a
// design that validates or a short, safe message, and never an exception.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLabel, emptyTopology, example, migrate, rename, TopologySchema } from '../model/index.ts';
import { decodeChallenge } from './challengeCodec.ts';
import { decodeDesignFile } from './designFile.ts';
import { anyJson, anyText, framed, isWellSaid, mutateAt } from './fuzzCorpus.ts';
import { buildFragment, openLink } from './link.ts';
import { readLocationLink } from './openFromLocation.ts';
import { pack } from './packing.ts';

const RACK = example('virtualized-rack');
/** A small design, where the design is not what is tested: the corpus stays quick to run. */
const SMALL = { ...emptyTopology(), name: 'Small' };
const PACKED_RACK = pack(RACK);

/** A design that opened must be a valid one; a refusal must be well said. */
function checkAnswer(result: { ok: true; topology: unknown } | { ok: false; problems: { path: string; message: string }[] }): void {
  if (result.ok) {
    expect(TopologySchema.safeParse(result.topology).success).toBe(true);
    return;
  }
  expect(isWellSaid(result.problems)).toBeUndefined();
}

describe('links: the design part `d`', () => {
  it('answers 1,000 fragments of any text', () => {
    fc.assert(fc.property(anyText(300), (text) => {
      checkAnswer(openLink(`#d=${text}`));
      checkAnswer(openLink(text));
    }), { numRuns: 1000 });
  });

  it('answers 1,000 framed JSON values that are not designs', () => {
    fc.assert(fc.property(anyJson, (value) => checkAnswer(openLink(`#d=${framed(JSON.stringify(value))}`))), { numRuns: 1000 });
  });

  it('answers 1,500 real designs with one value replaced, packed as links', () => {
    fc.assert(fc.property(fc.nat(), anyJson, (choice, value) => {
      checkAnswer(openLink(`#d=${framed(JSON.stringify(mutateAt(PACKED_RACK, choice, value)))}`));
    }), { numRuns: 1500 });
  });
});

describe('links: the challenge `c` and the view state `l`, `s`, `m`', () => {
  it('answers 1,000 challenges of any text or framed JSON', () => {
    fc.assert(fc.property(fc.oneof(anyText(300), anyJson.map((value) => framed(JSON.stringify(value)))), (encoded) => {
      const decoded = decodeChallenge(encoded);
      if (!decoded.ok) expect(isWellSaid(decoded.problems)).toBeUndefined();
    }), { numRuns: 1000 });
  });

  it('reads 1,500 view states of any text into bounded values, and a design beside them untouched', () => {
    const design = buildFragment(SMALL);
    fc.assert(fc.property(anyText(120), anyText(12), anyText(12), (lesson, step, mode) => {
      const hash = `${design}&l=${lesson}&s=${step}&m=${mode}&c=${lesson}`;
      const link = readLocationLink(hash);
      expect(link.kind).not.toBe('none');
      if (link.kind === 'refused') expect(link.problems.length).toBeGreaterThan(0);
      if (link.kind === 'design') expect(link.topology).toEqual(SMALL);
      if (link.kind !== 'none') {
        expect(link.view.lesson === undefined || link.view.lesson.length <= 100).toBe(true);
        expect(link.view.step === undefined || (Number.isInteger(link.view.step) && link.view.step >= 0 && link.view.step <= 999)).toBe(true);
        expect(typeof link.view.viewOnly).toBe('boolean');
      }
    }), { numRuns: 1500 });
  });
});

describe('files', () => {
  it('answers 1,000 files of any bytes or text', () => {
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), anyText(400)), (content) => {
      checkAnswer(decodeDesignFile(content, 'fuzz.iov.json'));
    }), { numRuns: 1000 });
  });

  it('answers 1,000 saved designs with one value replaced', () => {
    fc.assert(fc.property(fc.nat(), anyJson, (choice, value) => {
      checkAnswer(decodeDesignFile(JSON.stringify(mutateAt(RACK, choice, value)), 'fuzz.iov.json'));
    }), { numRuns: 1000 });
  });
});

describe('pasted text', () => {
  it('turns 1,000 pasted labels into a valid label or a refusal, never a design that fails to load', () => {
    fc.assert(fc.property(anyText(100), (pasted) => {
      const renamed = rename(RACK, 's1', pasted);
      if (!renamed.ok) {
        expect(renamed.reason.length).toBeLessThan(200);
      } else {
        expect(migrate(renamed.topology).ok).toBe(true);
        expect(renamed.topology.nodes.find((n) => n.id === 's1')!.label).toBe(cleanLabel(pasted));
      }
    }), { numRuns: 1000 });
  });
});
