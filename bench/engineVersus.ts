// Engine speed of this checkout against another git ref, in one process, runs alternating, in CPU
// time (the machine is shared: wall time measures the neighbours). Not part of `npm run bench`:
//   node --expose-gc --import tsx bench/engineVersus.ts main [rounds]
// It extracts the ref's src/ with `git archive` into .engine-versus/<ref>/ (git-ignored) and imports
// that copy's engine beside this one's, each on its own scaleDesign(64) and virtualized-rack.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Design = { settings: { seed: number; duration: number; warmup: number; faults: readonly { at: number; until?: number; target: string }[] } };
type EngineLike = { events: number; runUntil(t: number): void };
type Tree = {
  label: string;
  designs: [string, Design][];
  run(design: Design): EngineLike;
};

const ref = process.argv[2] ?? 'main';
const rounds = Number(process.argv[3] ?? 6);
const root = fileURLToPath(new URL('..', import.meta.url));

async function load(label: string, dir: string): Promise<Tree> {
  const at = (path: string) => pathToFileURL(`${dir}/src/${path}`).href;
  const model = await import(at('model/index.ts'));
  const { compile } = await import(at('sim/compile.ts'));
  const { Engine } = await import(at('sim/engine.ts'));
  return {
    label,
    designs: [['scaleDesign(64)', model.scaleDesign(64)], ['virtualized-rack', model.example('virtualized-rack')]],
    run(design) {
      const engine = new Engine(compile(design), { ...design.settings });
      engine.runUntil(Infinity);
      return engine;
    },
  };
}

function eventsPerCpuSecond(tree: Tree, design: Design): number {
  globalThis.gc?.();
  const start = process.cpuUsage();
  const engine = tree.run(design);
  const used = process.cpuUsage(start);
  return engine.events / ((used.user + used.system) / 1e6);
}

const copy = `${root}.engine-versus/${ref.replaceAll(/[^\w.-]/g, '_')}`;
rmSync(copy, { recursive: true, force: true });
mkdirSync(copy, { recursive: true });
execFileSync('sh', ['-c', `git archive ${JSON.stringify(ref)} src | tar -x -C ${JSON.stringify(copy)}`], { cwd: root });
const trees = [await load(ref, copy), await load('this checkout', root.replace(/\/$/, ''))];
const best = new Map<string, number>();
for (const tree of trees) for (const [, design] of tree.designs) tree.run(design); // warm the JIT
for (let round = 0; round < rounds; round++) {
  // Alternate which goes first, so that neither always runs on a warmer or a busier machine.
  for (const tree of round % 2 === 0 ? trees : trees.toReversed()) {
    for (const [name, design] of tree.designs) {
      const key = `${name} | ${tree.label}`;
      best.set(key, Math.max(best.get(key) ?? 0, eventsPerCpuSecond(tree, design)));
    }
  }
}
console.log(`engine, ${ref} vs this checkout: M events per CPU second, best of ${rounds} alternating runs`);
for (const [name] of trees[0]!.designs) {
  const before = best.get(`${name} | ${ref}`)!;
  const after = best.get(`${name} | this checkout`)!;
  console.log(`- ${name}: ${ref} ${(before / 1e6).toFixed(2)}, this checkout ${(after / 1e6).toFixed(2)} (${(((after / before) - 1) * 100).toFixed(1)} %)`);
}
rmSync(copy, { recursive: true, force: true });
