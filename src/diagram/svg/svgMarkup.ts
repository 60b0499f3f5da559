/** Writing SVG as text, without a DOM: the browser, a worker and the command line make the same file. */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an element or a double-quoted attribute. Control characters XML forbids are dropped. */
export function escapeXml(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A coordinate to one decimal: a 64-server rack has thousands of them, and a tenth of a pixel is invisible. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

type Attributes = Readonly<Record<string, string | number | undefined>>;

function attributes(attrs: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? n(value) : escapeXml(value)}"`;
  }
  return out;
}

/** Shapes that say their stroke even when it is none (see text()). */
const SHAPES = new Set(['rect', 'path', 'text']);

/** One element: self-closed without children, else wrapping the given markup (already escaped). */
export function el(name: string, given: Attributes, children?: string): string {
  const attrs = SHAPES.has(name) && given.stroke === undefined ? { ...given, stroke: 'none' } : given;
  return children === undefined ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${children}</${name}>`;
}

/**
 * A <text> of one line. Like every shape without a stroke it says stroke="none", the default:
 * ImageMagick's own SVG renderer otherwise outlines it with the stroke of a group drawn before.
 */
export function text(content: string, attrs: Attributes): string {
  return el('text', attrs, escapeXml(content));
}
