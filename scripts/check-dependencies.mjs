#!/usr/bin/env node
// Checks the imports under src/ against the rules in .dependency-cruiser.cjs (ARCHITECTURE.md's
// boundaries and no import cycles). Runs dependency-cruiser through its API: its command line
// refuses Node 20, which this project supports, while the API itself runs on it.
// Usage: node scripts/check-dependencies.mjs [repository root, default: the one holding this script]

import { cruise, format } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const root = resolve(process.argv[2] ?? repositoryRoot);

// The rules are the repository's, whichever tree is checked (the tests check small made-up ones).
const options = await extractDepcruiseOptions(join(repositoryRoot, '.dependency-cruiser.cjs'));
process.chdir(root);
const result = await cruise(['src'], options);
const report = await format(result.output, { outputType: 'err-long' });
process.stdout.write(report.output);
const { error, warn, totalCruised } = result.output.summary;
if (error > 0 || warn > 0) process.exit(1);
console.log(`dependencies: ${totalCruised} modules checked, no boundary crossed, no cycle`);
