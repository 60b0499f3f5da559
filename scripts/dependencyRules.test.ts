// The rules of .dependency-cruiser.cjs, run by dependency-cruiser itself over small made-up trees:
// each rule is shown catching the import it is for and letting the allowed ones through.
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const CONFIG = join(dirname(fileURLToPath(import.meta.url)), '..', '.dependency-cruiser.cjs');
const FAKE_PACKAGES = ['react', 'zod', 'html-to-image', 'vitest'];
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (paths under the tree's root) beside fake packages and returns the broken rules. */
async function brokenRules(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'iov-deps-'));
  made.push(root);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  for (const name of FAKE_PACKAGES) {
    write(`node_modules/${name}/package.json`, JSON.stringify({ name, main: 'index.js' }));
    write(`node_modules/${name}/index.js`, 'export const x = 1;\n');
  }
  for (const [path, text] of Object.entries(files)) write(path, text);
  const options = await extractDepcruiseOptions(CONFIG);
  const result = await cruise(['src'], { ...options, baseDir: root });
  if (typeof result.output === 'string') throw new Error('expected a cruise result, got text');
  return result.output.summary.violations
    .map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)
    .toSorted();
}

describe('the import boundaries of ARCHITECTURE.md', () => {
  it('lets the layers import what they may', async () => {
    expect(
      await brokenRules({
        'src/model/zod.ts': "export * from 'zod';\n",
        'src/model/schema.ts': "import { x } from './zod.ts';\nexport const schema = x;\n",
        'src/model/rules.ts': "import { schema } from './schema.ts';\nexport const rules = schema;\n",
        'src/sim/engine.ts': "import { rules } from '../model/rules.ts';\nexport const engine = rules;\n",
        'src/share/codec.ts': "import { schema } from '../model/schema.ts';\nexport const codec = schema;\n",
        'src/cli/main.ts': "import { codec } from '../share/codec.ts';\nimport { engine } from '../sim/engine.ts';\nexport const m = [codec, engine];\n",
        'src/canvas/Canvas.tsx': "import { x } from 'react';\nimport { rules } from '../model/rules.ts';\nexport const c = [x, rules];\n",
      }),
    ).toEqual([]);
  });

  it('keeps the model to itself', async () => {
    expect(
      await brokenRules({
        'src/model/rules.ts': "import { s } from '../store/appStore.ts';\nexport const r = s;\n",
        'src/store/appStore.ts': 'export const s = 1;\n',
      }),
    ).toEqual(['model-imports-only-model: src/model/rules.ts -> src/store/appStore.ts']);
  });

  it('keeps React out of the pure layers', async () => {
    expect(
      await brokenRules({
        'src/model/rules.ts': "import { x } from 'react';\nexport const r = x;\n",
        'src/sim/engine.ts': "import { x } from 'react';\nexport const e = x;\n",
      }),
    ).toEqual([
      'pure-layers-without-ui-packages: src/model/rules.ts -> node_modules/react/index.js',
      'pure-layers-without-ui-packages: src/sim/engine.ts -> node_modules/react/index.js',
    ]);
  });

  it('lets sim import only the model', async () => {
    expect(
      await brokenRules({
        'src/sim/engine.ts': "import { c } from '../worker/client.ts';\nexport const e = c;\n",
        'src/worker/client.ts': 'export const c = 1;\n',
      }),
    ).toEqual(['sim-imports-only-model: src/sim/engine.ts -> src/worker/client.ts']);
  });

  it('finds React that the command line reaches through share, not only direct imports', async () => {
    expect(
      await brokenRules({
        'src/share/imageExport.ts': "import { useState } from 'react';\nexport const png = useState;\n",
        'src/cli/main.ts': "import { png } from '../share/imageExport.ts';\nexport const m = png;\n",
      }),
    ).toEqual(['cli-never-reaches-ui-packages: src/cli/main.ts -> node_modules/react/index.js']);
  });

  it('keeps the store out of the command line', async () => {
    expect(
      await brokenRules({
        'src/cli/main.ts': "import { s } from '../store/appStore.ts';\nexport const m = s;\n",
        'src/store/appStore.ts': 'export const s = 1;\n',
      }),
    ).toEqual(['cli-imports-only-model-sim-share-diagram: src/cli/main.ts -> src/store/appStore.ts']);
  });

  it('lets only canvas, share and cli import diagram, and diagram only the model', async () => {
    expect(
      await brokenRules({
        'src/diagram/labels.ts': "import { s } from '../store/appStore.ts';\nexport const l = s;\n",
        'src/store/appStore.ts': 'export const s = 1;\n',
        'src/canvas/Node.tsx': "import { l } from '../diagram/labels.ts';\nexport const n = l;\n",
        'src/panels/Legend.tsx': "import { l } from '../diagram/labels.ts';\nexport const g = l;\n",
      }),
    ).toEqual([
      'diagram-imports-only-model: src/diagram/labels.ts -> src/store/appStore.ts',
      'diagram-used-by-canvas-share-cli: src/panels/Legend.tsx -> src/diagram/labels.ts',
    ]);
  });

  it('keeps React in the store hooks file and lesson UI out of the store', async () => {
    expect(
      await brokenRules({
        'src/store/hooks.ts': "import { x } from 'react';\nexport const h = x;\n",
        'src/store/uiSlice.ts': "import { x } from 'react';\nimport { p } from '../curriculum/progress.ts';\nexport const u = [x, p];\n",
        'src/store/lessonSlice.ts': "import { P } from '../lessons/LessonPanel.tsx';\nexport const l = P;\n",
        'src/curriculum/progress.ts': 'export const p = 1;\n',
        'src/lessons/LessonPanel.tsx': 'export const P = 1;\n',
      }),
    ).toEqual([
      'store-imports-only-model-share-worker: src/store/lessonSlice.ts -> src/lessons/LessonPanel.tsx',
      'store-react-only-in-hooks: src/store/uiSlice.ts -> node_modules/react/index.js',
    ]);
  });

  it('lets nothing outside src/worker load a worker entry', async () => {
    expect(
      await brokenRules({
        'src/worker/sim.worker.ts': 'export const w = 1;\n',
        'src/worker/client.ts': "import { w } from './sim.worker.ts';\nexport const c = w;\n",
        'src/panels/Run.tsx': "import { w } from '../worker/sim.worker.ts';\nimport { c } from '../worker/client.ts';\nexport const r = [w, c];\n",
      }),
    ).toEqual(['worker-entry-only-through-client: src/panels/Run.tsx -> src/worker/sim.worker.ts']);
  });

  it('lets only src/model/zod.ts import zod, which it configures for the CSP', async () => {
    expect(
      await brokenRules({
        'src/model/zod.ts': "export * from 'zod';\n",
        'src/model/schema.ts': "import { x } from 'zod';\nexport const s = x;\n",
      }),
    ).toEqual(['zod-only-through-model-zod: src/model/schema.ts -> node_modules/zod/index.js']);
  });

  it('keeps test code out of the app', async () => {
    expect(
      await brokenRules({
        'src/model/fixtures.ts': "import { x } from 'vitest';\nexport const f = x;\n",
        'src/model/rules.test.ts': "import { x } from 'vitest';\nimport { f } from './fixtures.ts';\nexport const t = [x, f];\n",
      }),
    ).toEqual(['no-test-code-in-the-app: src/model/fixtures.ts -> node_modules/vitest/index.js']);
  });
});

/** A cycle may be reported from one module or from each: compare the rules and modules it names. */
function cycles(violations: string[]): { rules: string[]; modules: string[] } {
  const rules = new Set<string>();
  const modules = new Set<string>();
  for (const v of violations) {
    const [rule = '', from = '', to = ''] = v.split(/: | -> /);
    rules.add(rule);
    modules.add(from).add(to);
  }
  return { rules: [...rules].toSorted(), modules: [...modules].toSorted() };
}

describe('no import cycles', () => {
  it('counts a cycle of type-only imports', async () => {
    const found = await brokenRules({
      'src/model/schema.ts': "import type { Check } from './checks.ts';\nexport type Schema = { c?: Check };\n",
      'src/model/checks.ts': "import type { Schema } from './schema.ts';\nexport type Check = (s: Schema) => void;\n",
    });
    expect(cycles(found)).toEqual({ rules: ['no-circular'], modules: ['src/model/checks.ts', 'src/model/schema.ts'] });
  });

  it("allows the store's slices and AppState to share types, as zustand's slices pattern does", async () => {
    expect(
      await brokenRules({
        'src/store/appState.ts': "import type { UiSlice } from './uiSlice.ts';\nimport type { DocumentSlice } from './documentSlice.ts';\nexport type AppState = UiSlice & DocumentSlice;\n",
        'src/store/uiSlice.ts': "import type { AppState } from './appState.ts';\nimport type { Result } from './documentSlice.ts';\nexport type UiSlice = { s?: AppState; r?: Result };\n",
        'src/store/documentSlice.ts': "import type { AppState } from './appState.ts';\nexport type Result = 1;\nexport type DocumentSlice = { s?: AppState };\n",
      }),
    ).toEqual([]);
  });

  it('refuses a value import between slices that closes a cycle', async () => {
    const found = await brokenRules({
      'src/store/appState.ts': "import type { UiSlice } from './uiSlice.ts';\nexport type AppState = UiSlice;\n",
      'src/store/uiSlice.ts': "import type { AppState } from './appState.ts';\nimport { limit } from './documentSlice.ts';\nexport type UiSlice = { s?: AppState };\nexport const u = limit;\n",
      'src/store/documentSlice.ts': "import type { AppState } from './appState.ts';\nimport { u } from './uiSlice.ts';\nexport const limit = 1;\nexport type DocumentSlice = { s?: AppState; u?: typeof u };\n",
    });
    expect(cycles(found).rules).toEqual(['no-circular-store-values']);
    expect(found).toContain('no-circular-store-values: src/store/documentSlice.ts -> src/store/uiSlice.ts');
  });

  it('refuses a cycle that leaves the slices, even through type-only imports', async () => {
    const found = await brokenRules({
      'src/store/uiSlice.ts': "import type { Notice } from './notice.ts';\nexport type UiSlice = { n?: Notice };\n",
      'src/store/notice.ts': "import type { UiSlice } from './uiSlice.ts';\nexport type Notice = { u?: UiSlice };\n",
    });
    expect(cycles(found)).toEqual({ rules: ['no-circular'], modules: ['src/store/notice.ts', 'src/store/uiSlice.ts'] });
  });
});
