// The Docker image of docs/sweeps.md, checked without a Docker engine (none runs where the tests do):
// the Dockerfile is parsed, its build stage's context is copied as `docker build` would send it
// (.dockerignore applied) and built with the stage's own RUN command, the final stage's COPY set is
// copied into an empty root, its RUN line writes the `iov` wrapper there, and the ENTRYPOINT + CMD
// run from the final WORKDIR with the final ENV: no src/, no node_modules anywhere above it.
// Not covered: the base image itself (node:20-bookworm-slim; Node 20 is what the tests run on) and
// `npm ci` (the build stage's node_modules are the repository's, installed from the same lock file).
import dockerignore from '@balena/dockerignore';
import { parse, type CommandEntry } from 'docker-file-parser';
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const instructions = parse(readFileSync(join(REPO, 'Dockerfile'), 'utf8'));

/** The instructions of each stage, by its name (`AS build`) or its index. */
function stages(all: readonly CommandEntry[]): CommandEntry[][] {
  const out: CommandEntry[][] = [];
  for (const instruction of all) {
    if (instruction.name === 'FROM') out.push([]);
    out.at(-1)?.push(instruction);
  }
  return out;
}

const [buildStage, finalStage] = stages(instructions) as [CommandEntry[], CommandEntry[]];
const args = (instruction: CommandEntry) => instruction.args as string[];
const last = (stage: CommandEntry[], name: string) => stage.filter((i) => i.name === name).at(-1)!;

/** Every file of the context that `docker build .` sends: .dockerignore applied, as Docker matches it. */
function contextFiles(): string[] {
  const ignore = dockerignore().add(readFileSync(join(REPO, '.dockerignore'), 'utf8').split('\n'));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(REPO, dir), { withFileTypes: true })) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (ignore.ignores(path)) continue;
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk('');
  return files;
}

describe('the Docker image (Dockerfile, .dockerignore), rebuilt by hand', { timeout: 30_000 }, () => {
  let root = '';
  /** A path of the image (absolute in the Dockerfile) inside the temporary root. */
  const inImage = (path: string) => join(root, 'image', path);
  const run = (argv: string[], options: ExecFileSyncOptions = {}) => {
    const env = { ...(last(finalStage, 'ENV').args as Record<string, string>), PATH: `${inImage('/usr/local/bin')}:${dirname(process.execPath)}:/usr/bin:/bin` };
    const [entry, ...rest] = [...args(last(finalStage, 'ENTRYPOINT')), ...argv];
    return execFileSync(entry!, rest, { cwd: inImage(last(finalStage, 'WORKDIR').args as string), env, encoding: 'utf8', ...options });
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'iov-image-'));
    // The build stage: its context copied as Docker sends it, then its last RUN (the CLI bundle).
    const build = join(root, 'build');
    for (const file of contextFiles()) cpSync(join(REPO, file), join(build, file));
    symlinkSync(join(REPO, 'node_modules'), join(build, 'node_modules'));
    execFileSync('/bin/sh', ['-c', last(buildStage, 'RUN').args as string], { cwd: build, stdio: 'pipe' });
    // The final stage, in order: COPY --from=build (sources under the build stage's WORKDIR), then RUN,
    // each relative to the WORKDIR in effect, with the image's absolute paths under the temporary root.
    const buildWorkdir = last(buildStage, 'WORKDIR').args as string;
    let workdir = '/';
    for (const instruction of finalStage) {
      if (instruction.name === 'WORKDIR') mkdirSync(inImage((workdir = instruction.args as string)), { recursive: true });
      if (instruction.name === 'COPY') {
        const [from, source, target] = args(instruction);
        expect(from).toBe('--from=build');
        cpSync(join(build, relative(buildWorkdir, source!)), join(inImage(workdir), target!), { recursive: true });
      }
      if (instruction.name === 'RUN') {
        mkdirSync(inImage('/usr/local/bin'), { recursive: true });
        const script = (instruction.args as string).replace(/(?<=[\s'"])\/(?=[a-z])/g, `${inImage('')}/`);
        execFileSync('/bin/sh', ['-c', script]);
      }
    }
  }, 30_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('holds only the bundle, package.json, the PNG rasterizer\'s native addon and its font, with no source within reach', () => {
    expect(readdirSync(inImage('/app')).toSorted()).toEqual(['dist-cli', 'node_modules', 'package.json']);
    expect(readdirSync(join(inImage('/app'), 'dist-cli')).filter((f) => f.endsWith('.mjs')).toSorted()).toEqual(['iov.mjs', 'runThread.mjs']);
    // Node looks for packages in every node_modules above a module: only the addon and the font are there.
    expect(readdirSync(inImage('/app/node_modules')).toSorted()).toEqual(['@fontsource', '@resvg']);
    for (let dir = join(inImage('/app'), 'dist-cli'); dir !== dirname(dir); dir = dirname(dir)) {
      if (dir !== inImage('/app')) expect(existsSync(join(dir, 'node_modules')), dir).toBe(false);
    }
    expect(existsSync(inImage('/app/src'))).toBe(false);
  });

  it('exports a PNG with the native addon it carries', () => {
    const design = run(['example', 'virtualized-rack']);
    const workdir = inImage(last(finalStage, 'WORKDIR').args as string);
    execFileSync('/bin/sh', ['-c', 'cat > rack.json'], { cwd: workdir, input: design });
    run(['export', 'rack.json', '--format', 'png', '--out', 'rack.png'], { stdio: 'pipe' });
    expect(readFileSync(join(workdir, 'rack.png')).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });

  it('runs its ENTRYPOINT with its CMD: the help', () => {
    expect(args(last(finalStage, 'CMD'))).toEqual(['--help']);
    const help = run(args(last(finalStage, 'CMD')));
    expect(help).toMatch(/^Usage: iov /m);
    expect(help).toContain('sweep');
  });

  it('runs a shard of a sweep in its WORKDIR, with worker threads from the bundle', () => {
    const design = run(['example', 'virtualized-rack']);
    const workdir = inImage(last(finalStage, 'WORKDIR').args as string);
    execFileSync('/bin/sh', ['-c', 'cat > design.json'], { cwd: workdir, input: design });
    run(['sweep', 'design.json', '--vary', 'hba=1..2', '--duration', '0.3', '--warmup', '0.05', '--replications', '2', '--threads', '2', '--shard', '1/2', '--out', 'part-1.jsonl'], { stdio: 'pipe' });
    const lines = readFileSync(join(workdir, 'part-1.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { parameters: { hba: number }; replication: number });
    // Shard 1 of 2 of the 4 runs (hba 1 and 2, 2 replications each): every other run from the first (replications count from 0).
    expect(lines.map((line) => [line.parameters.hba, line.replication])).toEqual([[1, 0], [2, 0]]);
  });
});
