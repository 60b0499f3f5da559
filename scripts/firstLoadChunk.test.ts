import { describe, expect, it } from 'vitest';
import { firstLoadChunk, staticClosure } from './firstLoadChunk.ts';

/** A module graph as the bundler shows it to plugins: static imports only (import() is apart). */
function graph(edges: Record<string, string[]>) {
  return {
    getModuleIds: () => Object.keys(edges)[Symbol.iterator](),
    getModuleInfo: (id: string) => (id in edges ? { importedIds: edges[id]! } : null),
  };
}

describe('the first load as one chunk', () => {
  const modules = graph({
    '/app/index.html': ['/app/src/main.tsx'],
    '/app/src/main.tsx': ['/app/src/App.tsx', '/app/src/store.ts'],
    '/app/src/App.tsx': ['/app/src/store.ts'],
    '/app/src/store.ts': [],
    // Reached only through import() from App.tsx, and from the self-check page.
    '/app/src/canvas/CanvasArea.tsx': ['/app/src/store.ts'],
    '/app/selfcheck.html': ['/app/src/sim/engine.ts'],
    '/app/src/sim/engine.ts': [],
  });

  it('holds what the page imports statically, through cycles, and nothing loaded later or by another page', () => {
    expect(staticClosure(modules, '/app/index.html')).toEqual(new Set(['/app/index.html', '/app/src/App.tsx', '/app/src/main.tsx', '/app/src/store.ts']));
    expect(staticClosure(graph({ a: ['b'], b: ['a'] }), 'a')).toEqual(new Set(['a', 'b']));
  });

  it("gives the bundler a group of the app page's first load, found when the build's graph is complete", () => {
    const { plugin, group } = firstLoadChunk();
    expect(group.test('/app/src/store.ts')).toBe(false);
    (plugin.buildEnd as (this: unknown) => void).call(modules);
    expect(['/app/src/store.ts', '/app/src/canvas/CanvasArea.tsx', '/app/src/sim/engine.ts'].map(group.test)).toEqual([true, false, false]);
    expect(group).toMatchObject({ name: 'app', tags: ['$initial'] });
  });
});
