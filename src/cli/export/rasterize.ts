import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { woffToSfnt } from './woffToSfnt.ts';

const require = createRequire(import.meta.url);
/** The weights the drawing uses (src/diagram/svg). */
const WEIGHTS = [400, 600, 700] as const;

/**
 * The bundled font's files (Inter 5.3.0, latin subset, as the app loads it) as TrueType files for
 * resvg, which reads neither WOFF nor, in its Node binding, fonts from memory (its options go to
 * the addon as JSON): unwrapped into a folder of this run's own, removed after.
 */
async function interFontFiles(folder: string): Promise<string[]> {
  return Promise.all(WEIGHTS.map(async (weight) => {
    const path = join(folder, `inter-latin-${weight}-normal.ttf`);
    const woff = await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
    await writeFile(path, woffToSfnt(woff));
    return path;
  }));
}

/**
 * An SVG drawing as a PNG `width` pixels wide, by resvg (@resvg/resvg-js, a native addon loaded
 * only here, so that a bundled `iov` keeps it external and the other commands never load it). The
 * bundled font is loaded explicitly and system fonts are not: the PNG is the same on every machine.
 */
export async function rasterizeSvg(svg: string, width: number): Promise<{ png: Uint8Array; width: number; height: number }> {
  const { Resvg } = await import('@resvg/resvg-js');
  const folder = await mkdtemp(join(tmpdir(), 'iov-export-'));
  try {
    const rendered = new Resvg(svg, {
      fitTo: { mode: 'width', value: width },
      font: { fontFiles: await interFontFiles(folder), loadSystemFonts: false, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter', monospaceFamily: 'Inter' },
    }).render();
    return { png: rendered.asPng(), width: rendered.width, height: rendered.height };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
