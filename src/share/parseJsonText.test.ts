import { describe, expect, it } from 'vitest';
import { findJsonErrorOffset } from './findJsonErrorOffset.ts';
import { lineAndColumn, parseJsonText } from './parseJsonText.ts';

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a": [1, {}], "b": "\\u00e9"}')).toEqual({ ok: true, value: { a: [1, {}], b: 'é' } });
  });

  it.each([
    // Node 20 gives no position for these: the scan finds it, and the quoted source is dropped.
    ['{\n  "a": 1,\n  "b": [1, 2,]\n}', 3, 14, "Unexpected token ']'"],
    ['{"a": }', 1, 7, "Unexpected token '}'"],
    // These carry "at position N" in the message.
    ['{"a": 1,}', 1, 9, 'Expected double-quoted property name'],
    ['{"a": 1} x', 1, 10, 'Unexpected non-whitespace character after the JSON value'],
    ['"abc', 1, 5, 'Unterminated string'],
    ['', 1, 1, 'Unexpected end of JSON input'],
  ])('places the error in %j at line %i, column %i', (text, line, column, message) => {
    expect(parseJsonText(text)).toEqual({ ok: false, line, column, message });
  });
});

describe('findJsonErrorOffset', () => {
  it.each([
    ['[1 2]', 3], ['{a: 1}', 1], ['{"a" 1}', 5], ['[tru]', 4], ['"a\tb"', 2], ['"\\x"', 2],
    ['{"a": [1, {"b": 2}], "c": {}} ]', 30], ['[[[', 3], ['{} {}', 3], ['01', 1],
  ])('finds where %j goes wrong: %i', (text, offset) => {
    expect(findJsonErrorOffset(text)).toBe(offset);
  });

  it('survives deep nesting without a stack overflow', () => {
    expect(findJsonErrorOffset('['.repeat(100_000))).toBe(100_000);
  });
});

describe('lineAndColumn', () => {
  it('counts lines from 1 and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
