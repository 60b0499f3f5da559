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

/**
 * A schema built at its first use rather than when its module runs. Building zod's schemas is
 * work (each check and object is a constructed instance): all of the app's, built at module level,
 * took ~20 ms of the page's first task (docs/performance.md, "The first load"), though a newcomer
 * parses almost nothing at the start. The stand-in is the schema itself for every use (parse,
 * `z.extend`, `z.optional`, `instanceof`, types), forwarding to the schema once built.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = () => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key) as unknown,
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      // A proxy may not report a property as non-configurable when its target (here an empty
      // stand-in) lacks it: reported as configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
