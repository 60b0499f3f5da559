#!/usr/bin/env node
// Fails when an import under src/ crosses a boundary of ARCHITECTURE.md (rules in boundaries.mjs).
// Usage: node scripts/check-boundaries.mjs [repository root, default: the one holding this script]

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFiles, formatViolation } from './boundaries.mjs';

const root = resolve(process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '..'));
const srcDir = join(root, 'src');

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (entry.isFile() && /\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

if (!existsSync(srcDir)) {
  console.error(`boundaries: no src/ folder in ${root}`);
  process.exit(1);
}

const files = sourceFiles(srcDir)
  .toSorted()
  .map((full) => ({ path: relative(root, full).split(sep).join('/'), source: readFileSync(full, 'utf8') }));
const violations = checkFiles(files);

if (violations.length > 0) {
  for (const v of violations) console.error(formatViolation(v));
  console.error(`boundaries: ${violations.length} crossing${violations.length === 1 ? '' : 's'} in ${files.length} files (see ARCHITECTURE.md, Boundaries)`);
  process.exit(1);
}
console.log(`boundaries: ${files.length} files checked, no crossing`);
