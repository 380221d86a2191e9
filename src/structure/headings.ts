import type { LangResources } from '../lang/index.ts';
import { TOP_LEVEL_KEYS } from '../lang/index.ts';
import { isUpper } from './line-shapes.ts';

/**
 * A heading's number (`IV.`, `2.3`, and a subsection's letter, Latin or Cyrillic, before a capital: `B. `, `Б. `);
 * a Roman number without its stop before a word in capitals too (`I ҚОСЫМША`: Kazakh numbers an annex so).
 */
const NUMBER = /^(?:([IVXL]+)(?:\.|(?=\s+\p{Lu}{2}))|(\d+(?:\.\d+)*)\.?|([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])\.(?=\s+\p{Lu}))\s+(?=\S)/u;

/** A heading split into its number (without the stop) and its text. */
export function headingParts(text: string): { number: string | null; text: string } {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = flat.match(NUMBER);
  if (!m) return { number: null, text: flat };
  return { number: m[1] ?? m[2] ?? m[3]!, text: flat.slice(m[0].length) };
}

/** A heading's text without its numbering (`1.`, `IV.`, `2.3`, `B.`). */
export const headingText = (text: string): string => headingParts(text).text;

/** A heading as a table of contents names it: its numbering, case and punctuation aside. */
export const contentsKey = (text: string): string => headingText(text).toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

/** The canonical section key of a heading, from the language's heading vocabulary. */
export function sectionKey(heading: string, res: LangResources): string | null {
  const h = headingText(heading).toLowerCase();
  return res.headings.find((r) => r.pattern.test(h))?.key ?? null;
}

/**
 * Level 1 for the parts of a statement (all capitals, or a key that names a part,
 * such as the mission information at the end), level 2 for the sections inside them.
 * `emphasis` is the PDF path's evidence (a larger font than the other headings).
 */
export function headingLevel(heading: string, key: string | null, emphasis = false, number: string | null = null): 1 | 2 {
  // numbering says it first: Roman numerals number the parts, letters and decimals what is inside them
  if (number) return /^[IVXL]+$/.test(number) ? 1 : 2;
  if (isUpper(headingText(heading)) || emphasis) return 1;
  if (key && TOP_LEVEL_KEYS.has(key)) return 1;
  return 2;
}
