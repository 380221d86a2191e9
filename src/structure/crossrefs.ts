import type { LangResources } from '../lang/index.ts';

/** Footnote numbers a text points to in words (`см. сноску 8`, `see footnote 8`, `8-ескертпені қараңыз`). */
export function crossReferences(text: string, res: LangResources): number[] {
  return [...text.matchAll(res.crossReference)].map((m) => Number(m[1]));
}
