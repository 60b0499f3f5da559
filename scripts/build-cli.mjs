// Builds the command line `iov` into one file, dist-cli/iov.mjs (issue 16, item 7): Node starts it
// in a fraction of the time tsx needs to compile src/ on every call. bin/iov.mjs runs the bundle when
// it is newer than every source file, and falls back to the sources through tsx otherwise, so an edit
// is never run stale. `npm install` (prepare) and `npm test` build it.
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// The worker-thread entry of the CLI (src/cli/runThread.ts; threadPool.ts finds it beside the bundle).
const workers = readdirSync(new URL('../src/cli', import.meta.url), { recursive: true })
  .filter((file) => /^runThread\.ts$|\.worker\.ts$/.test(String(file)))
  .map((file) => `src/cli/${file}`);

await build({
  entryPoints: { iov: 'src/cli/main.ts', ...Object.fromEntries(workers.map((file) => [file.replace(/^.*\/|\.ts$/g, ''), file])) },
  outdir: 'dist-cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  // A native addon cannot be bundled; it is loaded from node_modules when `iov export --format png` runs.
  external: ['@resvg/resvg-js'],
  define: { IOV_VERSION: JSON.stringify(manifest.version) },
  // Some dependencies are CommonJS and call require(): give the ES module bundle one.
  banner: { js: "import { createRequire as __iovRequire } from 'node:module'; const require = __iovRequire(import.meta.url);" },
  logLevel: 'warning',
});
