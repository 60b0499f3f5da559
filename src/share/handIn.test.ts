import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { cleanStudentName } from './handIn.ts';
import { buildLink, readLinkParts } from './link.ts';
import { readLocationLink } from './openFromLocation.ts';

describe('hand-in names and times in links', () => {
  it('travel as n and t, and come back as view state', () => {
    const link = buildLink(example('virtualized-rack'), 'https://x/', { challenge: '1abc', viewOnly: true, name: 'Zoë O’Brien & co', handedIn: 1_796_000_000.7 });
    expect(link).toMatch(/&n=Zo%C3%AB%20O%E2%80%99Brien%20%26%20co&t=1796000000$/);
    const read = readLinkParts(link);
    expect(read.ok && [read.parts.name, read.parts.handedIn]).toEqual(['Zoë O’Brien & co', 1_796_000_000]);
    const opened = readLocationLink(link.slice(link.indexOf('#')));
    expect(opened.kind === 'design' && [opened.view.name, opened.view.handedIn]).toEqual(['Zoë O’Brien & co', 1_796_000_000]);
  });

  it('keep a name plain, on one line, at most 40 characters', () => {
    expect(cleanStudentName('  Ada\n\tLovelace  ')).toBe('Ada Lovelace');
    expect(cleanStudentName('Ad\u200ba \u202eevil')).toBe('Ada evil');
    expect(cleanStudentName('<b>x</b>')).toBe('<b>x</b>');
    expect([...cleanStudentName('é'.repeat(60))]).toHaveLength(40);
    expect(cleanStudentName('\u0000\u0007')).toBe('');
  });

  it('ignore a time that is not whole seconds, and an empty name', () => {
    const read = readLinkParts('#d=1x&n=%20%0A&t=12e5');
    expect(read.ok && [read.parts.name, read.parts.handedIn]).toEqual([undefined, undefined]);
  });
});
