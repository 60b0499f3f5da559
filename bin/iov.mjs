#!/usr/bin/env node
// The command line `iov`. Node 20 cannot run .ts itself, so tsx's loader is registered first and
// the TypeScript entry is imported after it (a static import would be resolved before register()).
try {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
} catch (error) {
  // Only a broken install or a syntax error in src/ gets here: main.ts catches everything else.
  console.error(`iov: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
