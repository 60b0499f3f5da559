import { describe, expect, it } from 'vitest';
import { example, scaleDesign } from '../model/index.ts';
import { encodeChallenge } from './challengeCodec.ts';
import { HOSTILE_LINKS } from './hostileLinks.ts';
import { buildFragment, buildLink } from './link.ts';
import { fragmentAfter, fragmentWithLesson, fragmentWithout, readLocationLink } from './openFromLocation.ts';

describe('the page address as a link', () => {
  it('holds no link without a fragment, or with keys IOV Studio does not know', () => {
    for (const hash of ['', '#', '#top', '#x=1&y=2']) expect(readLocationLink(hash)).toEqual({ kind: 'none' });
  });

  it('opens exactly the design of the link, with its view state', () => {
    const design = scaleDesign(12);
    const link = readLocationLink(buildFragment(design, { lesson: 'pools', step: 3, viewOnly: true }));
    expect(link).toEqual({ kind: 'design', topology: design, view: { viewOnly: true, lesson: 'pools', step: 3 } });
  });

  it('reads a whole URL too, and keeps a challenge encoded for the classroom', () => {
    const url = buildLink(example('classic-rack'), 'https://iov.example/app/', { challenge: '1abc' });
    const link = readLocationLink(url);
    expect(link.kind === 'design' && link.topology).toEqual(example('classic-rack'));
    expect(link.kind === 'design' && link.view).toEqual({ viewOnly: false, challenge: '1abc' });
  });

  it("decodes the commands a challenge forbids as it reads the link: the page's rules need them before the classroom loads", () => {
    const challenge = encodeChallenge({ version: 1, title: 'By hand', goals: [{ kind: 'no-error-finding' }], forbid: ['size', 'tidy'] });
    const link = readLocationLink(buildFragment(example('classic-rack'), { challenge }));
    expect(link.kind === 'design' && link.view).toEqual({ viewOnly: false, challenge, forbid: ['size', 'tidy'] });
    const plain = encodeChallenge({ version: 1, title: 'Free', goals: [{ kind: 'no-error-finding' }] });
    expect(readLocationLink(`#c=${plain}`)).toEqual({ kind: 'view', view: { viewOnly: false, challenge: plain } });
  });

  it('reads view state alone: what stays in the address after a design was opened', () => {
    expect(readLocationLink('#m=view&l=pools&s=2')).toEqual({ kind: 'view', view: { viewOnly: true, lesson: 'pools', step: 2 } });
  });

  it.each(Object.keys(HOSTILE_LINKS))('refuses %s with a message and never throws', (name) => {
    const link = readLocationLink(HOSTILE_LINKS[name]!());
    if (name === 'a label holding HTML and script') {
      // Kept as plain text: React renders it as text, never as markup.
      expect(link.kind === 'design' && link.topology.nodes[0]!.label).toContain('<script>');
      return;
    }
    expect(link.kind).toBe('refused');
    expect(link.kind === 'refused' && link.problems.join(' ')).toMatch(/[a-z]{3}/);
  });

  it('says what to do when the design in a link is not valid', () => {
    const link = readLocationLink(HOSTILE_LINKS['a 10,000-node design']!());
    expect(link.kind === 'refused' && link.problems).toEqual([
      'The link holds a design that is not valid:',
      expect.stringMatching(/2,000|2000/),
      'Ask its author to copy the link again, or to send the design as a file (.iov.json).',
    ]);
  });

  it('names a truncated link as damaged and says what to do', () => {
    const link = readLocationLink('#d=1XZDNasMwEIRfxei8FO3qx');
    expect(link).toEqual({ kind: 'refused', problems: [expect.stringMatching(/^The link is damaged or incomplete.*Ask its author to copy it again/)], view: { viewOnly: false } });
  });
});

describe('the address once the design is open', () => {
  it('loses the design and keeps the view state', () => {
    expect(fragmentWithout('#d=1abc&l=pools&s=2&m=view')).toBe('#l=pools&s=2&m=view');
    expect(fragmentWithout('#d=1abc')).toBe('');
    expect(fragmentWithout('#d=1abc&m=view', ['d', 'm=view'])).toBe('');
    expect(fragmentWithout('#l=x&m=view', ['d', 'm=view'])).toBe('#l=x');
  });

  it('follows the open lesson\'s step, and loses it when the lesson closes', () => {
    expect(fragmentWithLesson('', { id: 'move-to-switch', step: 3 })).toBe('#l=move-to-switch&s=3');
    expect(fragmentWithLesson('#l=move-to-switch&s=2&m=view', { id: 'move-to-switch', step: 3 })).toBe('#l=move-to-switch&s=3&m=view');
    expect(fragmentWithLesson('#l=move-to-switch&s=2&c=1xyz', null)).toBe('#c=1xyz');
    expect(fragmentWithLesson('#l=a&s=1', null)).toBe('');
  });

  it('loses a lesson or a challenge once closed, and nothing that only starts like it', () => {
    expect(fragmentWithout('#l=pools&s=2&m=view&c=1xyz', ['l', 's'])).toBe('#m=view&c=1xyz');
    expect(fragmentWithout('#l=pools&s=2&c=1xyz', ['c'])).toBe('#l=pools&s=2');
    expect(fragmentWithout('#cc=1&c=2', ['c'])).toBe('#cc=1');
  });
});

describe('the address after a refused link', () => {
  const refused = `${HOSTILE_LINKS['a truncated link']!()}&l=where-io-goes&s=2&m=view`;

  it('keeps none of its view state on a page that opened with it', () => {
    const link = readLocationLink(refused);
    expect(link.kind).toBe('refused');
    expect(fragmentAfter(link, refused)).toBe('');
  });

  it('goes back to the address before it on a page already open', () => {
    expect(fragmentAfter(readLocationLink(refused), refused, '#l=pooling-and-queueing&s=3')).toBe('#l=pooling-and-queueing&s=3');
    expect(fragmentAfter(readLocationLink(refused), refused, refused)).toBe('');
  });

  it('keeps the view state of a link that opened', () => {
    const hash = `${buildFragment(example('classic-rack'))}&m=view`;
    expect(fragmentAfter(readLocationLink(hash), hash, '#l=x')).toBe('#m=view');
  });
});
