/** The design as a native SVG drawing, for the app's image export and `iov export`. Pure: text in, text out. */
export { diagramSvg, FONT_FAMILY, type DiagramSvg, type DiagramSvgOptions, type SvgBackground } from './diagramSvg.ts';
export type { LiveFigure, LiveFigures } from './scene.ts';
export { SVG_PALETTES } from './svgPalette.ts';
