#!/usr/bin/env node
// Run before Playwright: says which Chromium the end-to-end tests will use, or how to get one.
// Same choice as playwright.config.ts: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own.

import { statSync } from 'node:fs';
import { createRequire } from 'node:module';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @param {string} path */
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** @returns {string | null} */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const path = require('@playwright/test').chromium.executablePath();
    return typeof path === 'string' && isFile(path) ? path : null;
  } catch {
    return null;
  }
}

const fromEnv = process.env.CHROMIUM_PATH || undefined; // empty means unset, as in playwright.config.ts
const preferred = fromEnv ?? DEBIAN_CHROMIUM;

if (isFile(preferred)) {
  console.log(`browser: ${preferred}${fromEnv === undefined ? ' (Debian chromium)' : ' (from CHROMIUM_PATH)'}`);
  process.exit(0);
}

const own = playwrightChromium();
if (own !== null) {
  console.log(`browser: ${own} (Playwright's own Chromium)`);
  process.exit(0);
}

const looked = fromEnv === undefined ? `${DEBIAN_CHROMIUM} does not exist` : `CHROMIUM_PATH=${fromEnv} is not a file`;
console.error(`No Chromium found for the end-to-end tests (${looked}, and Playwright's own Chromium is not installed).
Get one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install chromium   (as root: apt-get install chromium)
  elsewhere:      npx playwright install chromium
  or point CHROMIUM_PATH at a Chromium or Chrome binary, e.g. CHROMIUM_PATH=/path/to/chrome npm test`);
process.exit(1);
