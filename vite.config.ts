import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicy.ts';
import { startChunkGroup } from './scripts/startChunk.ts';
import { fontPreloadPlugin } from './scripts/fontPreload.ts';

/**
 * Where the site is served from: `/` by default, or IOV_BASE for a sub-path
 * (`IOV_BASE=/iov/ npm run build`; docs/deploy.md).
 */
const base = process.env.IOV_BASE ?? '/';

/** Unit tests whose modules keep state between tests (stores, commands, workers) or that mock modules and globals. */
const STATEFUL_TESTS = [
  'src/store/**/*.test.ts',
  'src/commands/**/*.test.ts',
  'src/worker/**/*.test.ts',
  'src/lessons/**/*.test.ts',
  'src/share/readAddress.test.ts',
];

export default defineConfig({
  base,
  plugins: [
    react(),
    // A strict Content-Security-Policy in every built page (not in the dev server).
    contentSecurityPolicyPlugin(),
    // The newcomer's welcome waits for its font: asked for with the page, not after the stylesheet.
    fontPreloadPlugin(base),
    // After one visit the app, its lessons and examples work with no network: a service worker
    // precaches every built file and answers navigations with the app's page.
    VitePWA({
      registerType: 'autoUpdate',
      // Registered by the app once its start is over (src/serviceWorker.ts), not at the load event.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'topology.schema.json'],
      manifest: {
        name: 'IOV Studio',
        short_name: 'IOV Studio',
        description: 'Design, simulate and teach I/O virtualization topologies.',
        theme_color: '#6d28d9',
        background_color: '#ffffff',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // Take over the page that installed it, so the first visit is already enough to work offline.
        clientsClaim: true,
        skipWaiting: true,
        globPatterns: ['**/*.{js,css,html,svg,json,woff2}'],
        // Written by `npm run classroom` after the build (the network address): always from the server, never a cached copy.
        globIgnores: ['classroom.json'],
        navigateFallback: 'index.html',
        // Designs travel in the fragment, never the query: any query string names the same file.
        ignoreURLParametersMatching: [/.*/],
        navigateFallbackDenylist: [/\/(selfcheck|workercheck)\.html/],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    // The app, the engine self-check page (a fingerprint of a run, compared with Node's in e2e) and
    // the simulation worker check page (the built worker driven through the app's client, in e2e).
    rollupOptions: {
      input: { main: 'index.html', selfcheck: 'selfcheck.html', workercheck: 'workercheck.html' },
      output: { codeSplitting: { groups: [startChunkGroup('src/main.tsx')] } },
    },
  },
  test: {
    environment: 'node',
    // Simulation tests run a million I/Os in a few seconds alone; on a busy 2-core CI machine, more.
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
    projects: [
      // Pure code (model, engine, codec, diagram, CLI...) holds no state between files: its test files
      // share each worker's imported modules, which halves the suite's import time (110 s → 16 s
      // summed over the workers) without changing what a test sees.
      {
        extends: true,
        test: { name: 'pure', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: STATEFUL_TESTS, pool: 'threads', isolate: false },
      },
      // The stores, commands and workers keep module state, and some tests mock modules or globals:
      // each of their files gets fresh modules.
      { extends: true, test: { name: 'stateful', include: STATEFUL_TESTS } },
    ],
  },
});
