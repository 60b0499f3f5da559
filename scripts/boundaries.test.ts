import { describe, expect, it } from 'vitest';
import { checkFile, checkFiles, findImports, formatViolation, partOf, resolveSpecifier } from './boundaries.mjs';

const specifiers = (source: string) => findImports(source).map((i) => i.specifier);

describe('the boundaries of ARCHITECTURE.md', () => {
  it('fails a model file importing the store', () => {
    const v = checkFile('src/model/rules.ts', "import { useStore } from '../store/x.ts';\n");
    expect(v).toHaveLength(1);
    expect(formatViolation(v[0]!)).toMatch(/^src\/model\/rules\.ts:1: import '\.\.\/store\/x\.ts' crosses a boundary: src\/model/);
  });

  it('passes a sim file importing the model schema', () => {
    expect(checkFile('src/sim/engine.ts', "import type { Topology } from '../model/schema.ts';\n")).toEqual([]);
  });

  it('fails a cli file importing react', () => {
    expect(checkFile('src/cli/main.ts', "import React from 'react';\n")).toHaveLength(1);
  });

  it('passes a model file importing zod', () => {
    expect(checkFile('src/model/schema.ts', "import { z } from 'zod';\n")).toEqual([]);
  });

  it('fails a model file importing react', () => {
    expect(checkFile('src/model/schema.ts', "import { useState } from 'react';\n")).toHaveLength(1);
  });

  it('keeps model imports inside src/model, through ../ chains', () => {
    expect(checkFile('src/model/catalog/server.ts', "import { x } from '../schema.ts';")).toEqual([]);
    expect(checkFile('src/model/migrations/v0.ts', "import { x } from '../catalog/index.ts';")).toEqual([]);
    expect(checkFile('src/model/catalog/server.ts', "import { x } from '../../sim/index.ts';")).toHaveLength(1);
    expect(checkFile('src/model/catalog/server.ts', "import { x } from '../../../package.json';")).toHaveLength(1);
    expect(checkFile('src/model/x.ts', "import { x } from '..';")).toHaveLength(1);
    expect(checkFile('src/model/x.ts', "import { x } from '/src/store/index.ts';")).toHaveLength(1);
  });

  it('catches import type, export from, side-effect and dynamic imports', () => {
    const src = [
      "import type { A } from '../store/a.ts';",
      "export { b } from '../canvas/b.ts';",
      "export type * from '../panels/c.ts';",
      "import '../ui/d.css';",
      'const e = await import("../lessons/e.ts");',
      "type F = typeof import('../App.tsx');",
    ].join('\n');
    const v = checkFile('src/cli/main.ts', src);
    expect(v.map((x) => x.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('forbids React, React Flow and the store in the command line, allows model, sim and share', () => {
    const ok = [
      "import { simulate } from '../sim/index.ts';",
      "import { decode } from '../share/codec.ts';",
      "import { readFile } from 'node:fs/promises';",
      "import { z } from 'zod';",
    ].join('\n');
    expect(checkFile('src/cli/main.ts', ok)).toEqual([]);
    for (const bad of ['react-dom/client', '@xyflow/react', 'zustand/vanilla', 'zundo', 'recharts', 'react/jsx-runtime']) {
      expect(checkFile('src/cli/main.ts', `import x from '${bad}';`), bad).toHaveLength(1);
    }
    expect(checkFile('src/cli/main.ts', "import { store } from '../store';")).toHaveLength(1);
    expect(checkFile('src/cli/main.ts', "import App from '../App';")).toHaveLength(1);
  });

  it('lets sim import only model, and worker only sim and model', () => {
    expect(checkFile('src/sim/a.ts', "import { x } from '../worker/protocol.ts';")).toHaveLength(1);
    expect(checkFile('src/sim/a.ts', "import { x } from './rng.ts';")).toEqual([]);
    expect(checkFile('src/sim/a.ts', "import { create } from 'zustand';")).toHaveLength(1);
    expect(checkFile('src/worker/sim.worker.ts', "import { simulate } from '../sim/index.ts';\nimport type { T } from '../model/schema.ts';")).toEqual([]);
    expect(checkFile('src/worker/sim.worker.ts', "import { s } from '../store/index.ts';")).toHaveLength(1);
  });

  it('lets share import model but not the store', () => {
    expect(checkFile('src/share/codec.ts', "import { migrate } from '../model/migrate.ts';")).toEqual([]);
    expect(checkFile('src/share/codec.ts', "import { s } from '../store/index.ts';")).toHaveLength(1);
  });

  it('leaves the other parts of src alone', () => {
    expect(checkFile('src/canvas/Canvas.tsx', "import { ReactFlow } from '@xyflow/react';\nimport { s } from '../store/index.ts';")).toEqual([]);
    expect(checkFile('src/App.tsx', "import { useState } from 'react';")).toEqual([]);
  });

  it('ignores comments, strings, templates, import.meta and regular expressions', () => {
    const src = [
      "// import x from 'react';",
      "/* import('react') */",
      "const s = \"import x from 'react'\";",
      "const t = `import x from 'react' ${import.meta.url}`;",
      "const r = /import('react')/;",
      "const u = new URL('./sim.worker.ts', import.meta.url);",
    ].join('\n');
    expect(specifiers(src)).toEqual([]);
    expect(checkFile('src/model/x.ts', src)).toEqual([]);
  });

  it('finds imports in every form, with their lines', () => {
    const src = `import a from './a.ts'
import b, { c } from "./b.ts"
import * as d from './d.ts'
import {
  e,
  type F,
} from './e.ts'
export * as g from './g.ts'
export { h }
const x = \`\${await import('./i.ts')}\`
import j = require('./j')
const k = import(/* webpackChunkName: "k" */ './k.ts')
`;
    expect(findImports(src)).toEqual([
      { specifier: './a.ts', line: 1 },
      { specifier: './b.ts', line: 2 },
      { specifier: './d.ts', line: 3 },
      { specifier: './e.ts', line: 7 },
      { specifier: './g.ts', line: 8 },
      { specifier: './i.ts', line: 10 },
      { specifier: './j', line: 11 },
      { specifier: './k.ts', line: 12 },
    ]);
  });

  it('copes with JSX text holding apostrophes and slashes', () => {
    const src = [
      "import { a } from '../store/a.ts';",
      'export const P = () => <p>Don\'t use and/or </p>;',
      "const L = lazy(() => import('../panels/Chart.tsx'));",
    ].join('\n');
    expect(specifiers(src)).toEqual(['../store/a.ts', '../panels/Chart.tsx']);
  });

  it('resolves specifiers to parts of src', () => {
    expect(resolveSpecifier('src/model/catalog/server.ts', '../../store/x.ts')).toEqual({ kind: 'path', path: 'src/store/x.ts' });
    expect(resolveSpecifier('src/worker/client.ts', './sim.worker.ts?worker')).toEqual({ kind: 'path', path: 'src/worker/sim.worker.ts' });
    expect(resolveSpecifier('src/cli/main.ts', '@xyflow/react/dist/style.css')).toEqual({ kind: 'package', name: '@xyflow/react' });
    expect(partOf('src/App')).toBe('App.tsx');
    expect(partOf('src/model')).toBe('model');
    expect(partOf('package.json')).toBeNull();
  });

  it('checks many files at once', () => {
    const v = checkFiles([
      { path: 'src/model/a.ts', source: "import { b } from '../sim/b.ts';" },
      { path: 'src/sim/b.ts', source: "import { a } from '../model/a.ts';" },
    ]);
    expect(v.map((x) => x.file)).toEqual(['src/model/a.ts']);
  });
});
