import type { LangResources } from '../lang/index.ts';
import { TOP_LEVEL_KEYS } from '../lang/index.ts';
import { isUpper } from './blocks.ts';

/** A heading's text without its numbering (`1.`, `IV.`, `2.3`). */
export const headingText = (text: string): string => text.replace(/^(?:[IVX]+\.|\d+(?:\.\d+)*\.?)\s+/, '').replace(/\s+/g, ' ').trim();

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
export function headingLevel(heading: string, key: string | null, emphasis = false): 1 | 2 {
  if (isUpper(headingText(heading)) || emphasis) return 1;
  if (key && TOP_LEVEL_KEYS.has(key)) return 1;
  return 2;
}
