#!/usr/bin/env node
// The command line `iov`. It runs the prebuilt bundle (dist-cli/iov.mjs, scripts/build-cli.mjs) when
// that is newer than every file in src/, and the TypeScript sources through tsx otherwise, so an edit
// is never run stale. Node 20 cannot run .ts itself: tsx's loader is registered before the entry is
// imported (a static import would be resolved before register()).
import { existsSync, readdirSync, statSync } from 'node:fs';

const bundle = new URL('../dist-cli/iov.mjs', import.meta.url);
const sources = new URL('../src/', import.meta.url);

/** The newest modification time in src/ (a few hundred stat calls: a few milliseconds). */
function newestSource() {
  let newest = 0;
  for (const file of readdirSync(sources, { recursive: true })) {
    newest = Math.max(newest, statSync(new URL(String(file), sources)).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  if (!existsSync(bundle)) return false;
  // An installed package or a container image ships the bundle without the sources.
  if (!existsSync(sources)) return true;
  return statSync(bundle).mtimeMs >= newestSource();
}

try {
  if (bundleIsFresh()) {
    await import(bundle.href);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../src/cli/main.ts');
  }
} catch (error) {
  // Only a broken install or a syntax error in src/ gets here: main.ts catches everything else.
  console.error(`iov: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
