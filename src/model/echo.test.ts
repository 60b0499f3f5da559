import { describe, expect, it } from 'vitest';
import { echoText, echoValue, escapeUnsafe, MAX_ECHO_CHARS } from './echo.ts';

describe('echoText', () => {
  it('keeps a short, plain value as it is', () => {
    expect(echoText('Server 1')).toBe('Server 1');
    expect(echoText('خادم\u200f 1')).toBe('خادم\u200f 1');
  });

  it('shows 120 characters of a 900,000-character value, then its length', () => {
    const shown = echoText('x'.repeat(900_000));
    expect(shown).toBe(`${'x'.repeat(MAX_ECHO_CHARS)}… (900,000 characters)`);
  });

  it('escapes C0, DEL, C1 controls and bidi overrides and isolates visibly', () => {
    expect(echoText('a\u001b[31mb\u0007')).toBe('a\\u001b[31mb\\u0007');
    expect(echoText('\u007f\u0085\u009b')).toBe('\\u007f\\u0085\\u009b');
    expect(echoText('abc\u202edcba\u2066x\u2069')).toBe('abc\\u202edcba\\u2066x\\u2069');
  });

  it('escapes a lone surrogate, keeps a pair, and never cuts a pair in two', () => {
    expect(echoText('a\ud800b')).toBe('a\\ud800b');
    expect(echoText('\udc00')).toBe('\\udc00');
    expect(echoText('😀')).toBe('😀');
    const shown = echoText(`${'x'.repeat(MAX_ECHO_CHARS - 1)}😀😀`);
    expect(shown).toBe(`${'x'.repeat(MAX_ECHO_CHARS - 1)}… (123 characters)`);
  });

  it('counts escapes in the 120 characters', () => {
    const shown = echoText('\u001b'.repeat(1000));
    expect(shown).toBe(`${'\\u001b'.repeat(20)}… (1,000 characters)`);
  });
});

describe('echoValue and escapeUnsafe', () => {
  it('names values by kind and quotes strings', () => {
    expect(echoValue('x'.repeat(200))).toBe(`"${'x'.repeat(120)}… (200 characters)"`);
    expect(echoValue([1, 2])).toBe('a list');
    expect(echoValue({ a: 1 })).toBe('an object');
    expect(echoValue(null)).toBe('null');
    expect(echoValue(undefined)).toBe('nothing');
    expect(echoValue(1.5)).toBe('1.5');
  });

  it('escapes without shortening', () => {
    expect(escapeUnsafe(`${'y'.repeat(300)}\u009b`)).toBe(`${'y'.repeat(300)}\\u009b`);
  });
});
