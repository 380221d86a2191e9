import type { LangResources } from '../lang/index.ts';

/**
 * A number written the way a language writes it: thousands grouped with the
 * language's separator (a space may be a no-break or thin space in print),
 * the decimal mark of the language.
 */
export function formatNumber(value: number, res: LangResources, space = ' '): string {
  const [int, frac] = String(value).split('.');
  const sep = res.numberFormat.group === ' ' ? space : ',';
  const grouped = int!.length > 4 || res.numberFormat.group === ',' ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : int!;
  return frac ? `${grouped}${res.numberFormat.decimal}${frac}` : grouped;
}
