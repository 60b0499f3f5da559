// Hostile links and arguments through the commands themselves (in process: no start-up to pay):
// the terminal receives short lines, with no control character the input carried (issue 16, S1 and S3).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { UNSAFE_CHARACTER } from '../model/plainText.ts';
import { encodeBase64url } from '../share/base64url.ts';
import type { Terminal } from './command.ts';
import { compareCommand } from './compareCommand.ts';
import { openCommand } from './openCommand.ts';
import { simulateCommand } from './simulateCommand.ts';
import { sizeCommand } from './sizeCommand.ts';
import { parseSimulateOptions } from './simulateOptions.ts';

function capture(): Terminal & { text: () => string } {
  let text = '';
  return { out: (t) => { text += t; }, err: (t) => { text += t; }, width: 100, color: false, text: () => text };
}

const linkOf = (packed: string) => `#d=1${encodeBase64url(deflateSync(new TextEncoder().encode(packed), { level: 9 }))}`;
/** Line ends are the terminal's own; any other unsafe character came from the input. */
const UNSAFE = new RegExp(UNSAFE_CHARACTER.source.replace('\\u0000-\\u001f', '\\u0000-\\u0009\\u000b-\\u001f'));

describe('iov open with a hostile link', () => {
  it('answers a 900,000-character version in a few short lines, exit 2', async () => {
    const terminal = capture();
    const code = await openCommand.run({ positionals: [linkOf(`[${JSON.stringify('v'.repeat(900_000))},"n",[],[],{}]`)], options: {} }, terminal);
    expect(code).toBe(2);
    expect(terminal.text()).toContain('(900,000 characters)');
    expect(terminal.text().length).toBeLessThan(400);
  });

  it('escapes ESC, BEL, C1 and bidi overrides in a refused label', async () => {
    const terminal = capture();
    const label = '\u001b]0;owned\u0007\u009b2J\u202eexe.txt';
    const code = await openCommand.run({ positionals: [linkOf(`[1,"n",[[0,1,0,0,0,${JSON.stringify(label)}]],[],{}]`)], options: {} }, terminal);
    expect(code).toBe(2);
    expect(terminal.text()).not.toMatch(UNSAFE);
    expect(terminal.text()).toContain('\\u001b]0;owned\\u0007\\u009b2J\\u202eexe.txt');
  });
});

describe('iov options', () => {
  it('echo a hostile --duration capped and escaped', () => {
    const parsed = parseSimulateOptions({ duration: `\u001b[2J${'9'.repeat(5000)}x` });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems[0]!.message).not.toMatch(UNSAFE);
      expect(parsed.problems[0]!.message.length).toBeLessThan(250);
    }
  });
});

describe('runs past a limit are refused with what to change, exit 2, never "internal error"', () => {
  let dir = '';
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function heavyRack(duration: number): Promise<string> {
    dir ||= await mkdtemp(join(tmpdir(), 'iov-limits-'));
    const design = example('virtualized-rack');
    const server = design.nodes.find((n) => n.id === 's2')!;
    if (server.kind === 'server') server.workload = { ...server.workload, storageIops: 10_000_000 };
    const file = join(dir, `heavy-${duration}.iov.json`);
    await writeFile(file, JSON.stringify({ ...design, settings: { ...design.settings, duration, warmup: duration / 10 } }));
    return file;
  }

  it('compare and size over the event budget', async () => {
    const file = await heavyRack(3600);
    for (const [command, options] of [[compareCommand, {}], [sizeCommand, { p99: '2' }]] as const) {
      const terminal = capture();
      expect(await command.run({ positionals: [file], options }, terminal)).toBe(2);
      expect(terminal.text()).toMatch(/settings: This run needs about [\d.]+ billion events, more than the budget of 2\.0 billion: shorten the duration or lighten the workloads\./);
      expect(terminal.text()).not.toMatch(/internal error|NaN/);
    }
  });

  it('simulate past the cap of I/Os in flight names the server', async () => {
    const terminal = capture();
    expect(await simulateCommand.run({ positionals: [await heavyRack(1)], options: {} }, terminal)).toBe(2);
    expect(terminal.text()).toMatch(/I\/Os were waiting at once, more than the 1,000,000 the simulation holds\. Web 2 \(s2\) is the most overloaded server/);
  });
});
