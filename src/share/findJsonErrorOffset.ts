/** Thrown inside the scan with the offset of the first character that is not valid JSON. */
class StopAt {
  constructor(readonly offset: number) {}
}

/**
 * The offset of the first character at which `text` stops being valid JSON (RFC 8259), or
 * text.length when it ends too early. Only called after JSON.parse has failed, to say where.
 * It keeps its own stack, so a deeply nested file cannot overflow the call stack.
 */
export function findJsonErrorOffset(text: string): number {
  try {
    scanDocument(text);
    return text.length;
  } catch (error) {
    if (error instanceof StopAt) return error.offset;
    throw error;
  }
}

function scanDocument(text: string): void {
  const closers: ('}' | ']')[] = [];
  let state: 'value' | 'key' | 'after' = 'value';
  let i = skipSpace(text, 0);
  while (i < text.length || state !== 'after' || closers.length > 0) {
    if (i >= text.length) throw new StopAt(text.length);
    const c = text[i];
    if (state === 'key') {
      if (c !== '"') throw new StopAt(i);
      i = skipSpace(text, scanString(text, i));
      if (text[i] !== ':') throw new StopAt(i);
      i = skipSpace(text, i + 1);
      state = 'value';
    } else if (state === 'after') {
      const closer = closers.at(-1);
      if (c === ',' && closer !== undefined) state = closer === '}' ? 'key' : 'value';
      else if (c === closer) closers.pop();
      else throw new StopAt(i); // includes anything after the top-level value
      i = skipSpace(text, i + 1);
    } else if (c === '{' || c === '[') {
      const closer = c === '{' ? '}' : ']';
      i = skipSpace(text, i + 1);
      if (text[i] === closer) {
        i = skipSpace(text, i + 1);
        state = 'after';
      } else {
        closers.push(closer);
        state = c === '{' ? 'key' : 'value';
      }
    } else {
      i = skipSpace(text, scanScalar(text, i));
      state = 'after';
    }
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A string, number, true, false or null starting at i: the offset just after it. */
function scanScalar(text: string, i: number): number {
  if (text[i] === '"') return scanString(text, i);
  for (const literal of ['true', 'false', 'null']) {
    if (text[i] !== literal[0]) continue;
    for (let k = 1; k < literal.length; k++) if (text[i + k] !== literal[k]) throw new StopAt(i + k);
    return i + literal.length;
  }
  NUMBER.lastIndex = i;
  const number = NUMBER.exec(text);
  if (!number) throw new StopAt(i);
  return i + number[0].length;
}

/** From an opening quote: the offset just after the closing quote. */
function scanString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) throw new StopAt(i); // control characters must be escaped
    if (code !== 0x5c) continue;
    const next = text[i + 1] ?? '';
    if (next === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new StopAt(i + 1);
      i += 5;
    } else if (next !== '' && '"\\/bfnrt'.includes(next)) i += 1;
    else throw new StopAt(i + 1);
  }
  throw new StopAt(text.length);
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  return i;
}
