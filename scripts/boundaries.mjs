// The import boundaries of ARCHITECTURE.md, as pure functions over in-memory files.
// scripts/check-boundaries.mjs reads src/ and calls checkFiles(); boundaries.test.ts feeds examples.
// Paths are relative to the repository root with '/' separators, e.g. 'src/model/schema.ts'.

import { posix } from 'node:path';

/** Packages that mean React, the canvas, the store or the DOM: kept out of the pure layers. */
const UI_PACKAGES = ['react', 'react-dom', 'react-is', '@xyflow/*', 'zustand', 'zundo', 'recharts', 'html-to-image'];

/**
 * One entry per part of src/ that has rules. A part is the first folder under src/ ('model'), or a
 * file directly in src/ ('App.tsx', 'main.tsx'). For a relative import, `onlyInto` lists the parts it
 * may point into (anything else, even outside src/, crosses), `never` lists the parts it must not
 * point into. `noPackages` lists npm packages it must not import ('@scope/*' means the whole scope).
 */
export const RULES = {
  model: {
    onlyInto: ['model'],
    noPackages: UI_PACKAGES,
    pathText: 'src/model imports nothing else of src',
  },
  sim: {
    onlyInto: ['sim', 'model'],
    noPackages: UI_PACKAGES,
    pathText: 'src/sim imports only src/model',
  },
  worker: {
    onlyInto: ['worker', 'sim', 'model'],
    noPackages: UI_PACKAGES,
    pathText: 'src/worker imports only src/sim and src/model',
  },
  diagram: {
    onlyInto: ['diagram', 'model'],
    noPackages: UI_PACKAGES,
    pathText: 'src/diagram imports only src/model',
  },
  share: {
    onlyInto: ['share', 'model', 'diagram'],
    pathText: 'src/share imports only src/model (the store, the UI and the command line import share, not the other way round)',
  },
  cli: {
    never: ['store', 'canvas', 'panels', 'lessons', 'ui', 'commands', 'App.tsx', 'main.tsx'],
    noPackages: UI_PACKAGES,
    pathText: 'src/cli never imports the store, canvas, panels, lessons, ui, commands, App.tsx or main.tsx',
  },
};

const SOURCE_EXTENSIONS = /\.(d\.ts|ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

// ---------------------------------------------------------------------------------------------
// Finding the imports of a file

const REGEX_AFTER_WORDS = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else',
  'yield', 'await', 'extends',
]);

/**
 * Splits TypeScript/TSX source into the tokens that matter for imports: words, strings and single
 * punctuation characters, each with its 1-based line. Comments, template text and regular
 * expressions are skipped, so an import written inside them is not counted.
 * @param {string} src
 * @returns {{ type: 'word' | 'string' | 'punct', value: string, line: number }[]}
 */
export function tokenize(src) {
  /** @type {{ type: 'word' | 'string' | 'punct', value: string, line: number }[]} */
  const tokens = [];
  /** @type {('brace' | 'template')[]} */
  const braces = [];
  let i = 0;
  let line = 1;
  const n = src.length;

  const regexAllowed = () => {
    const prev = tokens[tokens.length - 1];
    if (!prev) return true;
    if (prev.type === 'string') return false;
    if (prev.type === 'word') return REGEX_AFTER_WORDS.has(prev.value);
    return !')]}<'.includes(prev.value); // '</' is a JSX closing tag
  };

  /** Reads template text from i (just after '`' or '}') to the closing '`' or to '${'. */
  const readTemplate = () => {
    while (i < n) {
      const c = src[i];
      if (c === '\\') { if (src[i + 1] === '\n') line++; i += 2; continue; }
      if (c === '\n') line++;
      if (c === '`') { i++; return; }
      if (c === '$' && src[i + 1] === '{') { i += 2; braces.push('template'); return; }
      i++;
    }
  };

  while (i < n) {
    const c = src[i];
    if (c === '\n') { line++; i++; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v' || c === '\uFEFF') { i++; continue; }
    if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      for (let k = i; k < stop; k++) if (src[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === "'" || c === '"') {
      // A quote string cannot span lines, so a stray apostrophe (JSX text: <p>Don't</p>) only
      // swallows the rest of its own line.
      const startLine = line;
      let value = '';
      i++;
      while (i < n && src[i] !== c && src[i] !== '\n') {
        if (src[i] === '\\' && i + 1 < n) {
          if (src[i + 1] === '\n') line++;
          value += src[i + 1];
          i += 2;
          continue;
        }
        value += src[i];
        i++;
      }
      if (src[i] === c) i++;
      tokens.push({ type: 'string', value, line: startLine });
      continue;
    }
    if (c === '`') {
      i++;
      readTemplate();
      tokens.push({ type: 'string', value: '`', line }); // a value, but never a module specifier
      continue;
    }
    if (c === '/' && regexAllowed()) {
      let inClass = false;
      i++;
      while (i < n && src[i] !== '\n') {
        const d = src[i];
        if (d === '\\') { i += 2; continue; }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) { i++; break; }
        i++;
      }
      while (i < n && /[A-Za-z]/.test(src[i] ?? '')) i++;
      tokens.push({ type: 'string', value: '/', line });
      continue;
    }
    if (/[A-Za-z_$\u0080-\uFFFF]/.test(c ?? '')) {
      let j = i + 1;
      while (j < n && /[\w$\u0080-\uFFFF]/.test(src[j] ?? '')) j++;
      tokens.push({ type: 'word', value: src.slice(i, j), line });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c ?? '')) {
      let j = i + 1;
      while (j < n && /[\w.]/.test(src[j] ?? '')) j++;
      tokens.push({ type: 'word', value: src.slice(i, j), line });
      i = j;
      continue;
    }
    if (c === '{') braces.push('brace');
    if (c === '}') {
      if (braces.pop() === 'template') {
        i++;
        readTemplate();
        continue;
      }
    }
    tokens.push({ type: 'punct', value: c ?? '', line });
    i++;
  }
  return tokens;
}

/**
 * The module specifiers a file imports, with their lines: static imports (also `import type`),
 * side-effect imports, `export ... from`, dynamic `import('...')` (also in types), `require('...')`.
 * @param {string} source
 * @returns {{ specifier: string, line: number }[]}
 */
export function findImports(source) {
  const t = tokenize(source);
  /** @type {{ specifier: string, line: number }[]} */
  const found = [];
  const at = (/** @type {number} */ k) => t[k];
  const is = (/** @type {number} */ k, /** @type {string} */ value) => {
    const tok = t[k];
    return tok !== undefined && tok.type !== 'string' && tok.value === value;
  };
  const isString = (/** @type {number} */ k) => t[k]?.type === 'string' && t[k]?.value !== '`' && t[k]?.value !== '/';
  const add = (/** @type {number} */ k) => {
    const tok = at(k);
    if (tok) found.push({ specifier: tok.value, line: tok.line });
  };
  /** From k, finds `from '<x>'` before the statement ends; returns the string's index or -1. */
  const fromClause = (/** @type {number} */ k) => {
    let depth = 0;
    for (; k < t.length; k++) {
      const tok = t[k];
      if (!tok) break;
      if (tok.type === 'string') return -1;
      if (tok.value === '{') depth++;
      else if (tok.value === '}') depth--;
      else if (tok.value === ';' || tok.value === '(' || tok.value === ')' || tok.value === '=') return -1;
      else if (depth === 0 && tok.value === 'from' && isString(k + 1)) return k + 1;
      if (depth < 0) return -1;
      if (depth === 0 && tok.value === '}') return is(k + 1, 'from') && isString(k + 2) ? k + 2 : -1;
    }
    return -1;
  };

  for (let k = 0; k < t.length; k++) {
    const tok = t[k];
    if (!tok || tok.type !== 'word') continue;
    if (is(k - 1, '.')) continue; // obj.import, import.meta is handled below
    if (tok.value === 'import') {
      if (is(k + 1, '.')) continue; // import.meta
      if (is(k + 1, '(')) { if (isString(k + 2)) add(k + 2); continue; }
      if (isString(k + 1)) { add(k + 1); continue; } // import './side-effect.ts'
      // import x = require('y')
      let s = k + 1;
      if (is(s, 'type')) s++;
      if (at(s)?.type === 'word' && is(s + 1, '=') && is(s + 2, 'require') && is(s + 3, '(') && isString(s + 4)) {
        add(s + 4);
        k = s + 4;
        continue;
      }
      const spec = fromClause(k + 1);
      if (spec !== -1) { add(spec); k = spec; }
      continue;
    }
    if (tok.value === 'export') {
      let s = k + 1;
      if (is(s, 'type')) s++;
      if (!is(s, '*') && !is(s, '{')) continue; // export const / function / default ...
      const spec = fromClause(s);
      if (spec !== -1) { add(spec); k = spec; }
      continue;
    }
    if (tok.value === 'require' && is(k + 1, '(') && isString(k + 2) && is(k + 3, ')')) {
      add(k + 2);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Deciding where a specifier points

/**
 * The part of src/ a path belongs to: 'model' for src/model/..., 'App.tsx' for src/App.tsx
 * (or src/App, src/App.js), 'src' for src itself, null outside src/.
 * @param {string} path
 * @returns {string | null}
 */
export function partOf(path) {
  const p = posix.normalize(path).replace(/\/+$/, '');
  if (p === 'src') return 'src';
  if (!p.startsWith('src/')) return null;
  const rest = p.slice(4).split('/');
  const first = rest[0] ?? '';
  if (rest.length > 1) return first;
  // A file directly in src/, with or without its extension: name it by its .tsx/.ts file name.
  const base = first.replace(SOURCE_EXTENSIONS, '');
  if (base === 'App' || base === 'main') return `${base}.tsx`;
  return first; // a folder (its index.ts) or another file
}

/**
 * Where a specifier imported by `file` points.
 * @param {string} file path of the importing file, e.g. 'src/model/rules.ts'
 * @param {string} specifier
 * @returns {{ kind: 'path', path: string } | { kind: 'package', name: string } | { kind: 'builtin', name: string }}
 */
export function resolveSpecifier(file, specifier) {
  const spec = specifier.replace(/[?#].*$/, ''); // vite suffixes: ?worker, ?url, ?raw
  if (spec === '.' || spec === '..' || spec.startsWith('./') || spec.startsWith('../')) {
    return { kind: 'path', path: posix.normalize(posix.join(posix.dirname(file), spec)) };
  }
  if (spec.startsWith('/')) {
    // vite resolves '/src/x.ts' from the project root
    return { kind: 'path', path: posix.normalize(spec.slice(1)) };
  }
  if (spec.startsWith('node:')) return { kind: 'builtin', name: spec.slice(5) };
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? spec);
  return { kind: 'package', name };
}

/**
 * @param {string} name a package name
 * @param {readonly string[]} list names, or '@scope/*' for a whole scope
 */
function packageInList(name, list) {
  return list.some((entry) => (entry.endsWith('/*') ? name.startsWith(entry.slice(0, -1)) : name === entry));
}

/**
 * @typedef {{ file: string, line: number, specifier: string, rule: string }} Violation
 */

/**
 * The boundary crossings of one file.
 * @param {string} file path relative to the repository root, e.g. 'src/model/rules.ts'
 * @param {string} source its text
 * @returns {Violation[]}
 */
export function checkFile(file, source) {
  const path = file.replace(/\\/g, '/');
  const part = partOf(path);
  const rule = part === null ? undefined : RULES[/** @type {keyof typeof RULES} */ (part)];
  if (!rule) return [];
  /** @type {Violation[]} */
  const out = [];
  for (const { specifier, line } of findImports(source)) {
    const target = resolveSpecifier(path, specifier);
    /** @type {string | null} */
    let broken = null;
    if (target.kind === 'package') {
      if ('noPackages' in rule && packageInList(target.name, rule.noPackages)) {
        broken = `src/${part} never imports ${rule.noPackages.join(', ')}`;
      }
    } else if (target.kind === 'path') {
      const into = partOf(target.path);
      const outside = 'onlyInto' in rule && (into === null || !rule.onlyInto.includes(into));
      const denied = 'never' in rule && into !== null && rule.never.includes(into);
      if (outside || denied) broken = rule.pathText;
    }
    if (broken !== null) out.push({ file: path, line, specifier, rule: broken });
  }
  return out;
}

/**
 * The boundary crossings of many files.
 * @param {Iterable<{ path: string, source: string }>} files
 * @returns {Violation[]}
 */
export function checkFiles(files) {
  /** @type {Violation[]} */
  const out = [];
  for (const f of files) out.push(...checkFile(f.path, f.source));
  return out;
}

/**
 * `file:line: import 'x' crosses a boundary: <rule>`
 * @param {Violation} v
 */
export function formatViolation(v) {
  return `${v.file}:${v.line}: import '${v.specifier}' crosses a boundary: ${v.rule}`;
}
