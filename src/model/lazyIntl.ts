import { formatPlain } from './plainNumber.ts';

/**
 * Intl's formatters made at their first use rather than when their module is run: the page's
 * first NumberFormat and first Collator each load ICU's data (~8 ms apiece on a desktop, four
 * times that on a phone), and made at module level they ran inside the start's one long task.
 * The plain forms (at most n significant digits, or no options) are written without ICU
 * (plainNumber.ts), so drawing the diagram and the speed control at the start loads none of it.
 */
export function lazyNumberFormat(locale: string, options?: Intl.NumberFormatOptions): { format(value: number): string } {
  let made: Intl.NumberFormat | undefined;
  const intl = (value: number) => (made ??= new Intl.NumberFormat(locale, options)).format(value);
  const keys = Object.keys(options ?? {});
  const plain = locale === 'en-US' && keys.every((key) => key === 'maximumSignificantDigits');
  if (!plain) return { format: intl };
  const significant = options?.maximumSignificantDigits;
  return { format: (value) => formatPlain(value, significant) ?? intl(value) };
}

export function lazyCollator(locale: string, options?: Intl.CollatorOptions): { compare(a: string, b: string): number } {
  let made: Intl.Collator | undefined;
  return { compare: (a, b) => (made ??= new Intl.Collator(locale, options)).compare(a, b) };
}
