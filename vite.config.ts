import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { 'protobufjs/minimal': fileURLToPath(new URL('src/sim/stats/protobufUnavailable.ts', import.meta.url)) },
  },
  worker: { format: 'es' },
  build: {
    // The app, and the engine self-check page (a fingerprint of a run, compared with Node's in e2e).
    rollupOptions: { input: { main: 'index.html', selfcheck: 'selfcheck.html' } },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
