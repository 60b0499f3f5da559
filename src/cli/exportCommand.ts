import { writeFile } from 'node:fs/promises';
import { diagramSvg, type SvgBackground } from '../diagram/svg/index.ts';
import { echoValue, type Problem } from '../model/index.ts';
import { formatBytes } from '../share/index.ts';
import { EXIT, type Command } from './command.ts';
import { readDesignFile } from './readDesignFile.ts';
import { reportProblems } from './reportProblems.ts';

const BACKGROUNDS: readonly SvgBackground[] = ['light', 'dark', 'transparent'];
/** The longest side of a PNG, as in the app (share/imageExport.ts): larger scales are reduced to it. */
const MAX_PNG_SIDE = 8000;

type ExportOptions = { format: 'svg' | 'png'; out: string; scale: number; background: SvgBackground };

export const exportCommand: Command = {
  name: 'export',
  summary: 'Draw a design as an SVG or a PNG image',
  positionals: ['FILE'],
  options: {
    format: { type: 'string', description: 'svg (a vector drawing, text as text) or png' },
    out: { type: 'string', description: 'The image file to write (PATH)' },
    scale: { type: 'string', description: 'PNG pixels per diagram pixel, 0.25 to 4 (default 1; 2 for sharp slides)' },
    background: { type: 'string', description: 'light (default), dark or transparent (light colours on nothing)' },
  },
  details: [
    'Reads FILE like check does and draws the design idle, as the app does: its nodes with their',
    'names, adapters and figures, the cables with their rates, the findings\' badges and the legend.',
    'The SVG is a drawing any editor opens (text as text in Inter, with fallback fonts named); the',
    'PNG is that SVG rasterized with the bundled font, the same on every machine. A PNG is at most',
    `${MAX_PNG_SIDE.toLocaleString('en-US')} pixels on its longer side.`,
    '',
    'Exit codes: 0 done, 2 the file or an option cannot be used, or the image cannot be written.',
  ].join('\n'),
  async run({ positionals: [file = ''], options }, terminal) {
    const parsed = parseExportOptions(options);
    if ('problems' in parsed) return reportProblems('export', 'the options', parsed.problems, false, terminal);
    const read = await readDesignFile(file);
    if (!read.ok) return reportProblems('export', file, read.problems, false, terminal);
    const drawing = diagramSvg(read.topology, { background: parsed.background, exportedAt: new Date() });
    let bytes: Uint8Array | string = drawing.svg;
    let size = { width: drawing.width, height: drawing.height };
    if (parsed.format === 'png') {
      const { rasterizeSvg } = await import('./export/rasterize.ts');
      const scale = Math.min(parsed.scale, MAX_PNG_SIDE / Math.max(drawing.width, drawing.height));
      const png = await rasterizeSvg(drawing.svg, Math.round(drawing.width * scale));
      bytes = png.png;
      size = png;
    }
    try {
      await writeFile(parsed.out, bytes);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : 'the system refused';
      return reportProblems('export', parsed.out, [{ path: '--out', message: `The image could not be written: ${why}. Give a path in a folder you may write to.` }], false, terminal);
    }
    const length = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
    terminal.out(`Wrote ${parsed.out}: ${parsed.format.toUpperCase()}, ${size.width.toLocaleString('en-US')} × ${size.height.toLocaleString('en-US')} px, ${formatBytes(length)}\n`);
    return EXIT.done;
  },
};

/** The options checked all at once, so that one run names every problem. */
export function parseExportOptions(options: Record<string, string | boolean | readonly string[] | undefined>): ExportOptions | { problems: Problem[] } {
  const problems: Problem[] = [];
  const { format, out, scale = '1', background = 'light' } = options;
  if (format !== 'svg' && format !== 'png') problems.push({ path: '--format', message: format === undefined ? 'is required: svg or png.' : `must be svg or png (got ${echoValue(format)}).` });
  if (typeof out !== 'string' || out === '') problems.push({ path: '--out', message: 'is required: the path of the image file to write.' });
  const factor = typeof scale === 'string' && /^\d+(\.\d+)?$/.test(scale) ? Number(scale) : Number.NaN;
  if (!(factor >= 0.25 && factor <= 4)) problems.push({ path: '--scale', message: `must be a number from 0.25 to 4, such as 2 (got ${echoValue(scale)}).` });
  else if (format === 'svg' && options.scale !== undefined) problems.push({ path: '--scale', message: 'applies to PNG only: an SVG is sharp at any size.' });
  if (!BACKGROUNDS.includes(background as SvgBackground)) problems.push({ path: '--background', message: `must be light, dark or transparent (got ${echoValue(background)}).` });
  if (problems.length > 0) return { problems };
  return { format: format as 'svg' | 'png', out: out as string, scale: factor, background: background as SvgBackground };
}
