import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_PORT as PORT, ORIGIN } from './e2e/origin.ts';

// Debian's chromium (or CHROMIUM_PATH) when present, otherwise Playwright's own browser
// (`npx playwright install chromium`). scripts/check-browser.mjs makes the same choice and says
// how to get a browser when there is none.
const CHROME = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const launchOptions = existsSync(CHROME)
  ? {
      executablePath: CHROME,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }
  : {};

const OUT_DIR = PORT === 4173 ? 'dist' : `dist-e2e-${PORT}`;
// In CI `npm test` has just built dist (`npm run size`) from the same clean checkout: serve that build
// rather than make the same one again. Elsewhere the build may be older than the code, so make it.
const BUILT = !!process.env.CI && OUT_DIR === 'dist' && existsSync(`${OUT_DIR}/index.html`);
const BUILD = BUILT ? '' : `npx vite build --outDir ${OUT_DIR} && `;

export default defineConfig({
  testDir: 'e2e',
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Playwright wipes test-results/, so the JSON report goes to reports/ (read by .ci/run).
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  // The service worker precaches every built file (about 100 files, 5.5 MB) in each new context:
  // only the specs about working offline need it, and they allow it (offline.spec.ts).
  use: { baseURL: ORIGIN, serviceWorkers: 'block' },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    // Its own build folder per port, so side-by-side runs do not overwrite each other's build.
    command: `${BUILD}npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: ORIGIN,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
