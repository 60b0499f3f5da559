import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startChunkGroup } from './startChunk.ts';

const entry = resolve('src/main.tsx');
const graph: Record<string, string[]> = {
  [entry]: ['/app/App.tsx', '/app/store.ts'],
  '/app/App.tsx': ['/app/store.ts', '/lib/react.js'],
  '/app/store.ts': ['/lib/zustand.js'],
  '/app/Canvas.tsx': ['/lib/xyflow.js'], // reached only by import(): stays lazy
  '/check/selfcheck.ts': ['/lib/react.js', '/sim/engine.ts'],
};
const context = { getModuleInfo: (id: string) => (graph[id] ? { importedIds: graph[id]! } : { importedIds: [] }) };

describe('the start chunk group', () => {
  const { name } = startChunkGroup('src/main.tsx');

  it('takes every module the entry imports statically, however deep', () => {
    expect(['/app/App.tsx', '/app/store.ts', '/lib/react.js', '/lib/zustand.js'].map((id) => name(id, context))).toEqual(['start', 'start', 'start', 'start']);
  });

  it('leaves the entry itself, lazily loaded modules and other pages\' modules out', () => {
    expect([entry, '/app/Canvas.tsx', '/lib/xyflow.js', '/check/selfcheck.ts', '/sim/engine.ts'].map((id) => name(id, context))).toEqual([null, null, null, null, null]);
  });
});
