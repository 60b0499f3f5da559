/**
 * Numbers written as `Intl.NumberFormat('en-US', …)` writes them, for the two forms the app's
 * figures use (at most n significant digits; the default, at most 3 fraction digits), without ICU:
 * the page's first NumberFormat loads ICU's data (20–30 ms here, four times that on a phone), and
 * the diagram's figures and the speed control are drawn at the start. Rounded like ICU: on the
 * shortest decimal that reads back as the value (what `String(value)` gives), half away from zero,
 * so 2.345 to 3 digits is 2.35 (rounding the binary value, `toPrecision`, gives 2.34).
 * `undefined` for what these forms do not cover (negative, not finite, exponent notation).
 */
export function formatPlain(value: number, significant?: number): string | undefined {
  if (!Number.isFinite(value) || value < 0 || Object.is(value, -0)) return undefined;
  const text = String(value);
  if (text.includes('e')) return undefined;
  const [whole = '', fraction = ''] = text.split('.');
  let digits = whole + fraction;
  let point = whole.length;
  const firstFigure = digits.search(/[1-9]/);
  if (firstFigure < 0) return '0';
  const keep = significant === undefined ? point + 3 : firstFigure + significant;
  if (keep < digits.length) {
    const roundsUp = digits[keep]! >= '5';
    digits = digits.slice(0, keep);
    if (roundsUp) {
      const raised = increment(digits);
      if (raised.length > digits.length) point += 1;
      digits = raised;
    }
  }
  const wholeDigits = digits.slice(0, point).padEnd(point, '0').replace(/^0+(?=\d)/, '');
  const fractionDigits = digits.slice(point).replace(/0+$/, '');
  const grouped = wholeDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fractionDigits === '' ? grouped : `${grouped}.${fractionDigits}`;
}

/** A string of decimal digits plus one in its last place ("0999" → "1000", "999" → "1000"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}
