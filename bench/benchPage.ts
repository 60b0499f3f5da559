import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

/** Debian's chromium, or CHROMIUM_PATH: the browser benchmarks run in (none is downloaded here). */
export const CHROME = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const hasChrome = () => existsSync(CHROME);

export const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/**
 * A bench page (bench/<folder>/index.html), built as the app is (production React, the worker
 * bundled) into reports/bench-<folder>/ and served on `port`.
 */
export async function serveBenchPage(folder: 'canvas' | 'simulation' | 'autosave', port: number) {
  const root = fileURLToPath(new URL(`./${folder}/`, import.meta.url));
  const outDir = fileURLToPath(new URL(`../reports/bench-${folder}/`, import.meta.url));
  await build({
    configFile: false, root, base: './', logLevel: 'error', plugins: [react()],
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  });
  const server = await preview({ configFile: false, root, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the benchmark page could not be served');
  return { url, close: () => server.close() };
}

export function launchChrome(extraArgs: readonly string[] = []) {
  return chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', ...extraArgs] });
}
