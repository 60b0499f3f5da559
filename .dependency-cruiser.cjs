// The import boundaries of ARCHITECTURE.md ("Boundaries"), checked by dependency-cruiser.
// `npm run lint` runs them through scripts/check-dependencies.mjs (the CLI refuses Node 20; its API
// does not). Each rule's comment is what a developer reads when an import breaks it.

/** Packages that mean React, the canvas, the store or the DOM: kept out of the pure layers. */
const UI_PACKAGES = '^node_modules/(react|react-dom|react-is|@xyflow/[^/]+|zustand|zundo|recharts)/';

/** Imports within src/ that leave `layer` for anything but `allowed` (its own folder included). */
function onlyInto(name, layer, allowed, comment) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: `^src/${layer}/` },
    to: { path: '^src/', pathNot: `^src/(${[layer, ...allowed].join('|')})/` },
  };
}

/** Imports of `layer` from anything under src/ but `users` (and the layer itself). */
function onlyUsedBy(name, layer, users, comment) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: '^src/', pathNot: `^src/(${[layer, ...users].join('|')})/` },
    to: { path: `^src/${layer}/` },
  };
}

/** The store's slices and the AppState that combines them (zustand's slices pattern). */
const STORE_SLICE_TYPES = '^src/store/(appState|[A-Za-z]+Slice)\\.ts$';

module.exports = {
  forbidden: [
    onlyInto('model-imports-only-model', 'model', [], 'src/model imports nothing else of src.'),
    onlyInto('sim-imports-only-model', 'sim', ['model'], 'src/sim imports only src/model.'),
    onlyInto('worker-imports-only-sim-and-model', 'worker', ['sim', 'model'], 'src/worker imports only src/sim and src/model.'),
    onlyInto('diagram-imports-only-model', 'diagram', ['model'], 'src/diagram imports only src/model.'),
    onlyUsedBy('diagram-used-by-canvas-share-cli', 'diagram', ['canvas', 'share', 'cli'],
      'Only src/canvas, src/share (image export) and src/cli import src/diagram.'),
    onlyInto('curriculum-imports-only-model-and-sim', 'curriculum', ['model', 'sim'],
      'src/curriculum imports only src/model and src/sim.'),
    onlyUsedBy('curriculum-used-by-store-commands-lessons', 'curriculum', ['store', 'commands', 'lessons'],
      'Only src/store, src/commands and src/lessons import src/curriculum.'),
    onlyInto('share-imports-only-model-and-diagram', 'share', ['model', 'diagram'],
      'src/share imports only src/model and src/diagram: the store, the UI and the command line import share, not the other way round.'),
    onlyInto('cli-imports-only-model-sim-share-diagram', 'cli', ['model', 'sim', 'share', 'diagram'],
      'src/cli imports only src/model, src/sim, src/share and src/diagram: never React, never the store.'),
    {
      name: 'store-imports-only-model-share-worker',
      comment:
        'src/store imports src/model, src/share, src/worker (its clients) and src/curriculum (with src/sim for result ' +
        'types); never src/lessons, which is UI (its panels, presenter and classroom views).',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/', pathNot: '^src/(store|model|share|worker|curriculum|sim)/' },
    },
    {
      name: 'pure-layers-without-ui-packages',
      comment: 'src/model, src/sim, src/worker, src/diagram, src/curriculum and src/cli import no React, canvas, store or DOM package.',
      severity: 'error',
      from: { path: '^src/(model|sim|worker|diagram|curriculum|cli)/' },
      to: { path: UI_PACKAGES },
    },
    {
      name: 'cli-never-reaches-ui-packages',
      comment: 'Nothing src/cli imports, however indirectly (through src/share say), may bring in React or the DOM.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: UI_PACKAGES, reachable: true },
    },
    {
      name: 'store-react-only-in-hooks',
      comment: 'src/store is a zustand/vanilla store: React only in its hooks file (src/store/hooks.ts).',
      severity: 'error',
      from: { path: '^src/store/', pathNot: '^src/store/hooks\\.ts$' },
      to: { path: '^node_modules/(react|react-dom|react-is|@xyflow/[^/]+|recharts)/' },
    },
    {
      name: 'worker-entry-only-through-client',
      comment: 'Nothing outside src/worker loads a worker entry: the app talks to the worker only through src/worker/client.ts.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/worker/' },
      to: { path: '^src/worker/.+\\.worker\\.ts$' },
    },
    {
      name: 'no-circular',
      comment:
        'No import cycles, type-only imports counted: a cycle hides which module is the lower layer. ' +
        'Break it by moving what both need into a third module.',
      severity: 'error',
      from: { path: '^src/' },
      // Reported when any module of the cycle is not one of the store's slice files...
      to: { circular: true, via: { pathNot: STORE_SLICE_TYPES } },
    },
    {
      name: 'no-circular-store-values',
      comment:
        "The store's slices and AppState may refer to each other's types (zustand's slices pattern), " +
        'but only with `import type`: a value import between them is a real cycle.',
      severity: 'error',
      from: { path: STORE_SLICE_TYPES },
      // ...or, among the slice files, when any import of the cycle is not type-only.
      to: { circular: true, viaOnly: { path: STORE_SLICE_TYPES }, via: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'zod-only-through-model-zod',
      comment:
        "Import z from src/model/zod.ts, never from 'zod': it sets zod's jitless mode before any schema is " +
        "built, which the app's Content-Security-Policy (no eval) needs.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/model/zod\\.ts$' },
      to: { path: '^node_modules/zod/' },
    },
    {
      name: 'no-test-code-in-the-app',
      comment: 'Code that ships never imports a test file or vitest.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: ['\\.test\\.tsx?$', '^node_modules/vitest/'] },
    },
  ],
  options: {
    // swc parses TypeScript here: dependency-cruiser cannot use TypeScript 7's compiler (it has no JS
    // API). swc keeps `import type` (marked 'type-only'), so no-circular sees type cycles too; the
    // option tsPreCompilationDeps is for the tsc parser only (set, it warns that tsc is missing).
    // scripts/dependencyRules.test.ts checks that a type-only cycle is caught.
    parser: 'swc',
    doNotFollow: { path: '^node_modules' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
      conditionNames: ['import', 'module', 'browser', 'default'],
    },
  },
};
