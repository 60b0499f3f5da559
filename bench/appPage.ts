import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

/**
 * The app itself, built with its own vite.config.ts (as deployed) into reports/bench-app/ and
 * served on `port`: what the link and file figures open.
 */
export async function serveApp(port: number) {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const outDir = fileURLToPath(new URL('../reports/bench-app/', import.meta.url));
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 } });
  const server = await preview({ root, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the app could not be served');
  return { url, close: () => server.close() };
}
