import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicy.ts';
import { firstLoadChunk } from './scripts/firstLoadChunk.ts';

/**
 * Where the site is served from: `/` by default, or IOV_BASE for a sub-path
 * (`IOV_BASE=/iov/ npm run build`; docs/deploy.md).
 */
const base = process.env.IOV_BASE ?? '/';

/** What the app's page imports statically, built as one chunk (scripts/firstLoadChunk.ts). */
const firstLoad = firstLoadChunk();

export default defineConfig({
  base,
  plugins: [
    react(),
    // A strict Content-Security-Policy in every built page (not in the dev server).
    contentSecurityPolicyPlugin(),
    firstLoad.plugin,
    // After one visit the app, its lessons and examples work with no network: a service worker
    // precaches every built file and answers navigations with the app's page.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
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
      output: { codeSplitting: { groups: [firstLoad.group] } },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Simulation tests run a million I/Os in a few seconds alone; on a busy 2-core CI machine, more.
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
