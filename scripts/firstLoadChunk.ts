// One chunk for the page's first load. With three pages (the app, selfcheck, workercheck) and some
// seventy lazily loaded chunks sharing code, the bundler cut the app's first load into 66 files,
// each gzipped apart by the server: their import and export lines, names that cannot be shortened
// across files, and gzip starting afresh 66 times cost 20 KB gzip over the same code in one file
// (159 → 139 KB, docs/performance.md). This plugin finds what the app's page imports statically (its
// entry and everything that imports, never through a dynamic import()), and a code-splitting group
// puts that in one chunk; everything loaded later stays apart.
//
// The group takes whole modules: a static import of a module whose code only a lazy chunk uses
// (the engine through sim/index.ts, say) brings that code into the first load, which a per-module
// split would have left out. `npm run size` then fails: import from the module itself, or move the
// function (model/transforms/counterpart.ts was moved out of sim/compare.ts for this).
import type { Plugin } from 'vite';

/** The built app's page: its entry module is the HTML file Vite turns into a script. */
const APP_PAGE = /[\\/]index\.html$/;

type CodeSplittingGroup = { name: string; tags: ['$initial']; test: (id: string) => boolean };
type Graph = { getModuleIds(): IterableIterator<string>; getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/** The modules reached from `entry` through static imports. */
export function staticClosure(graph: Graph, entry: string): Set<string> {
  const reached = new Set([entry]);
  const queue = [entry];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const next of graph.getModuleInfo(id)?.importedIds ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return reached;
}

/** The plugin, and the group to give to `build.rollupOptions.output.codeSplitting.groups`. */
export function firstLoadChunk(): { plugin: Plugin; group: CodeSplittingGroup } {
  let firstLoad = new Set<string>();
  const plugin: Plugin = {
    name: 'iov-first-load-chunk',
    apply: 'build',
    buildEnd() {
      const entry = [...this.getModuleIds()].find((id) => APP_PAGE.test(id));
      firstLoad = entry ? staticClosure(this, entry) : new Set();
    },
  };
  return { plugin, group: { name: 'app', tags: ['$initial'], test: (id) => firstLoad.has(id) } };
}
