// A worker thread's entry when `iov` runs from source: tsx registered first, as bin/iov.mjs does.
const { register } = await import('tsx/esm/api');
register();
await import('./runThread.ts');
