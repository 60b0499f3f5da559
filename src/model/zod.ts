// zod as the whole app uses it: every module imports z from here, never from 'zod' (a lint rule
// says so), so that this configuration runs before any schema is built.
//
// jitless: the app's Content-Security-Policy forbids eval, and zod decides whether to compile its
// object parsers with `new Function` when each object schema is built; its probe alone would be
// reported as a violation. Jitless, the page, the worker and Node validate the same way.
import { z } from 'zod';

z.config({ jitless: true });

export * from 'zod';
