/**
 * Signs a tool printed as their compatibility decomposition (Unicode NFKC):
 * the numero sign `№` as the Latin letters `No` (`Указ № 1004` printed
 * `Указ No 1004`). In a text written in Cyrillic, which has no such Latin
 * word, `No` before a figure is the sign again, on its line or at its end
 * over a line that opens with the figure. And the ellipsis `…` as
 * three full stops (`[...]`): a word processor sets three stops typed as the
 * one sign, so three stops alone (no leader's run of them) in a text that
 * holds no `…` of its own are the sign. A ligature decomposed (`ﬁ` as `fi`)
 * reads the same either way.
 */
/** (the figure may open the next line: `порядка No` / `25 Комитета`) */
const NUMERO = /(?<![\p{L}\d])No(?=[ \t]*(?:\r?\n[ \t\f]*)?\d)/gu;
const THREE_STOPS = /(?<!\.)\.\.\.(?!\.)/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
/** How many Cyrillic letters a text must hold for each Latin one to count as written in Cyrillic. */
const CYRILLIC_SHARE = 3;

export function restoreDecomposedSigns(text: string): string {
  const ellipses = text.includes('...') && !text.includes('…') ? text.replace(THREE_STOPS, '…') : text;
  if (!ellipses.includes('No')) return ellipses;
  const cyrillic = ellipses.match(CYRILLIC)?.length ?? 0;
  const latin = ellipses.match(LATIN)?.length ?? 0;
  return cyrillic > latin * CYRILLIC_SHARE ? ellipses.replace(NUMERO, '№') : ellipses;
}
