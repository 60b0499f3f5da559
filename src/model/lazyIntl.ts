/**
 * Intl's formatters made at their first use rather than when their module is run: the page's
 * first NumberFormat and first Collator each load ICU's data (~8 ms apiece on a desktop, four
 * times that on a phone), and made at module level they ran inside the start's one long task.
 */
export function lazyNumberFormat(locale: string, options?: Intl.NumberFormatOptions): { format(value: number): string } {
  let made: Intl.NumberFormat | undefined;
  return { format: (value) => (made ??= new Intl.NumberFormat(locale, options)).format(value) };
}

export function lazyCollator(locale: string, options?: Intl.CollatorOptions): { compare(a: string, b: string): number } {
  let made: Intl.Collator | undefined;
  return { compare: (a, b) => (made ??= new Intl.Collator(locale, options)).compare(a, b) };
}

