import { echoText } from '../model/index.ts';
import { findJsonErrorOffset } from './findJsonErrorOffset.ts';

export type JsonParseResult =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; message: string };

/**
 * JSON.parse, with the place of a syntax error as a 1-based line and column. Node 20 gives an
 * offset ("at position 42") for some errors only, and for "Unexpected token" quotes the source
 * instead, so the offset is found by a scan then, and the quoted source is dropped from the message.
 */
export function parseJsonText(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const stated = /at position (\d+)/.exec(raw);
    const offset = stated ? Number(stated[1]) : findJsonErrorOffset(text);
    return { ok: false, ...lineAndColumn(text, offset), message: cleanMessage(raw) };
  }
}

function cleanMessage(raw: string): string {
  // V8 quotes the source ("Unexpected token ']', ...\"[1,2,]\" is not valid JSON"): noise once the place is known.
  const withoutSource = raw.replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '');
  const withoutPosition = withoutSource.replace(/ in JSON at position \d+.*$/, '').replace(/ after JSON at position \d+.*$/, ' after the JSON value');
  // V8 quotes the offending character: a control character or half a surrogate is shown escaped.
  return echoText(withoutPosition.replace(/\s+/g, ' ').trim());
}

/** 1-based, counting columns in UTF-16 units as editors mostly do. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
