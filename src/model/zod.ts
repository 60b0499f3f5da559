// zod as the whole app uses it: every module imports z from here, never from 'zod' (a lint rule
// says so), so that this configuration runs before any schema is built.
//
// zod/mini: the same core and the same issues as classic zod, with checks passed as functions
// (`z.number().check(z.minimum(0))`) instead of methods, so that a bundler keeps only what the app
// uses; classic zod's methods and JSON-Schema processors took ~25 KB gzip of the page's first load
// (docs/performance.md).
//
// English messages: classic zod loads its English locale by default, mini does not. The worker's
// protocol checks and a few format checks show zod's own words, which stay as they were.
//
// jitless: the app's Content-Security-Policy forbids eval, and zod decides whether to compile its
// object parsers with `new Function` when each object schema is built; its probe alone would be
// reported as a violation. Jitless, the page, the worker and Node validate the same way.
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());
z.config({ jitless: true });

export { z };
