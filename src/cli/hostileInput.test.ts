// Hostile links and arguments through the commands themselves (in process: no start-up to pay):
// the terminal receives short lines, with no control character the input carried (issue 16, S1 and S3).
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../share/base64url.ts';
import type { Terminal } from './command.ts';
import { openCommand } from './openCommand.ts';
import { parseSimulateOptions } from './simulateOptions.ts';

function capture(): Terminal & { text: () => string } {
  let text = '';
  return { out: (t) => { text += t; }, err: (t) => { text += t; }, width: 100, color: false, text: () => text };
}

const linkOf = (packed: string) => `#d=1${encodeBase64url(deflateSync(new TextEncoder().encode(packed), { level: 9 }))}`;
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

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
