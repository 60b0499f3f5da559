import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const manifest = parse(readFileSync(new URL('../../deploy/sweep-indexed-job.yaml', import.meta.url), 'utf8'));

describe('the Kubernetes Indexed Job of docs/sweeps.md', () => {
  const { spec } = manifest;
  const [container] = spec.template.spec.containers;
  const script: string = container.args[0];

  it('is an Indexed Job whose pods each run one shard of as many as it has completions', () => {
    expect(manifest.kind).toBe('Job');
    expect(manifest.apiVersion).toBe('batch/v1');
    expect(spec.completionMode).toBe('Indexed');
    expect(spec.parallelism).toBeLessThanOrEqual(spec.completions);
    expect(spec.template.spec.restartPolicy).toBe('Never');
    expect(container.command).toEqual(['/bin/sh', '-c']);
    expect(script).toContain(`--shard "$((JOB_COMPLETION_INDEX + 1))/${spec.completions}"`);
  });

  it('passes JOB_COMPLETION_INDEX + 1 as K: pods 0..N-1 run shards 1..N, each to its own part', () => {
    // The pod's own shell, with `iov` replaced by echo: what each pod would run.
    const commands = Array.from({ length: spec.completions }, (_, index) => execFileSync('/bin/sh', ['-c', script.replace(/^exec iov /, 'echo ')], {
      env: { PATH: process.env.PATH, JOB_COMPLETION_INDEX: String(index) }, encoding: 'utf8',
    }).trim());
    expect(commands[0]).toBe(`sweep /designs/design.json --vary load=0.5..1.5:0.25 --vary hba=1..4 --replications 5 --threads 1 --shard 1/${spec.completions} --out /results/part-1.jsonl`);
    const shards = commands.map((c) => /--shard (\d+)\/(\d+)/.exec(c)!.slice(1).map(Number));
    expect(shards).toEqual(Array.from({ length: spec.completions }, (_, i) => [i + 1, spec.completions]));
    expect(new Set(commands.map((c) => /--out (\S+)/.exec(c)![1])).size).toBe(spec.completions);
  });
});
