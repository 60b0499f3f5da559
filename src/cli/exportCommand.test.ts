import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { EXIT, type Terminal } from './command.ts';
import { exportCommand, parseExportOptions } from './exportCommand.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iov-export-test-'));
  await writeFile(join(dir, 'rack.json'), JSON.stringify(example('virtualized-rack')));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function terminal(): Terminal & { output: string; errors: string } {
  const t = { output: '', errors: '', width: 100, color: false, out: (s: string) => { t.output += s; }, err: (s: string) => { t.errors += s; } };
  return t;
}

const run = async (options: Record<string, string>, file = join(dir, 'rack.json')) => {
  const t = terminal();
  const code = await exportCommand.run({ positionals: [file], options }, t);
  return { code, ...t };
};

describe('iov export', () => {
  it('writes the design as an SVG drawing with its labels as text', async () => {
    const out = join(dir, 'rack.svg');
    const { code, output } = await run({ format: 'svg', out, background: 'dark' });
    expect(code).toBe(EXIT.done);
    expect(output).toMatch(/^Wrote .*rack\.svg: SVG, 1,908 × 880 px, [\d.]+ KiB\n$/);
    const doc = new DOMParser().parseFromString(await readFile(out, 'utf8'), 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    for (const node of example('virtualized-rack').nodes) expect(texts).toContain(node.label);
    expect(doc.getElementsByTagName('rect')[0]!.getAttribute('fill')).toBe('#11151a');
  });

  it('writes a PNG at the scale asked, drawn by resvg with the bundled font', async () => {
    const out = join(dir, 'rack.png');
    const { code, output } = await run({ format: 'png', out, scale: '2' });
    expect(code).toBe(EXIT.done);
    expect(output).toContain('PNG, 3,816 × 1,760 px');
    const png = await readFile(out);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3816, 1760]);
  }, 30_000);

  it('names every problem with the options at once, and exits 2', () => {
    expect(parseExportOptions({ format: 'gif', scale: '9', background: 'pink' })).toEqual({ problems: [
      { path: '--format', message: 'must be svg or png (got "gif").' },
      { path: '--out', message: 'is required: the path of the image file to write.' },
      { path: '--scale', message: 'must be a number from 0.25 to 4, such as 2 (got "9").' },
      { path: '--background', message: 'must be light, dark or transparent (got "pink").' },
    ] });
    expect(parseExportOptions({ format: 'svg', out: 'x.svg', scale: '2' })).toEqual({ problems: [{ path: '--scale', message: 'applies to PNG only: an SVG is sharp at any size.' }] });
    expect(parseExportOptions({ format: 'png', out: 'x.png' })).toEqual({ format: 'png', out: 'x.png', scale: 1, background: 'light' });
  });

  it('says why a file cannot be read or an image cannot be written, and exits 2', async () => {
    const missing = await run({ format: 'svg', out: join(dir, 'x.svg') }, join(dir, 'nope.json'));
    expect(missing.code).toBe(EXIT.unusable);
    expect(missing.errors).toContain('No such file: check the path.');
    const unwritable = await run({ format: 'svg', out: join(dir, 'no-such-folder', 'x.svg') });
    expect(unwritable.code).toBe(EXIT.unusable);
    expect(unwritable.errors).toContain('--out: The image could not be written: its folder does not exist.');
  });

  it('is listed by iov --help', async () => {
    const bin = fileURLToPath(new URL('../../bin/iov.mjs', import.meta.url));
    const stdout = await new Promise<string>((resolve, reject) => execFile(process.execPath, [bin, '--help'], { env: { ...process.env, NO_COLOR: '1' } }, (error, out) => (error ? reject(error) : resolve(out))));
    expect(stdout).toMatch(/export FILE\s+Draw a design as an SVG or a PNG image/);
  }, 30_000);
});
