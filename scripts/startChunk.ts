// The page's first load as one chunk. Left to itself the bundler splits the modules the entry
// imports into a chunk for every set of lazily loaded chunks that shares them: 69 requests before
// the first render, each a round trip on a slow network (Lighthouse's simulated 4G counts six at a
// time over HTTP/1.1). Grouping the entry's static imports keeps them to two requests; the lazily
// loaded chunks still load on demand and import what they share from it.
import { resolve } from 'node:path';

type ModuleInfo = { importedIds: readonly string[] };
type ChunkingContext = { getModuleInfo(id: string): ModuleInfo | null };

/** Every module `entry` reaches through static imports (dynamic `import()` stays lazy). */
function staticClosure(entry: string, context: ChunkingContext): Set<string> {
  const reached = new Set<string>();
  const pending = [entry];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    pending.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  return reached;
}

/**
 * A code-splitting group (rolldown's `output.codeSplitting.groups`) named `start`: the modules the
 * page's entry (`entryPath`, relative to the project) imports statically, the entry itself
 * excepted, so that another page of the build (the self-check pages) that shares some of them
 * never runs the app's entry.
 */
export function startChunkGroup(entryPath: string) {
  const entry = resolve(entryPath);
  let closure: Set<string> | undefined;
  return {
    name: (id: string, context: ChunkingContext) => {
      closure ??= staticClosure(entry, context);
      return id !== entry && closure.has(id) ? 'start' : null;
    },
    tags: ['$initial' as const],
  };
}
