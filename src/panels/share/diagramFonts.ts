import regular from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import semibold from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import bold from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';

const FILES = [[400, regular], [600, semibold], [700, bold]] as const;
let faces: Promise<string> | undefined;

/**
 * The bundled font (Inter, the weights the diagram uses) as @font-face rules with the files inline:
 * an SVG drawn on a canvas as an image may load nothing, so the PNG carries its font with it.
 * Fetched once, from the app's own files (font-src and connect-src 'self').
 */
export function diagramFontFaces(): Promise<string> {
  faces ??= Promise.all(FILES.map(async ([weight, url]) => {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return `@font-face{font-family:Inter;font-weight:${weight};font-style:normal;src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2')}`;
  })).then((rules) => rules.join(''), (error: unknown) => {
    faces = undefined;
    throw error;
  });
  return faces;
}
