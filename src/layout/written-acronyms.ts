/**
 * Acronyms a text writes as words of their own (`ODIHR`, `OSCE`): two to five
 * capitals standing as a word, an ending after a hyphen or not (`ODIHR-ға`),
 * three times or more. No word list has them, so a reading of a line that
 * keeps one whole pays for an unknown word where one that runs it into the
 * next acronym pays as much (fallback-letters.ts: a letter of a fallback font
 * between two acronyms); the text's own use says they are words.
 */
import type { Line } from '../schema/index.ts';

const ACRONYM = /^[«"“(]?(\p{Lu}{2,5})(?:-\p{L}+)?[»"”).,;:]*$/u;
/** Times a text must write an acronym on its own. */
const TIMES = 3;

export function writtenAcronyms(lines: Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.blank) continue;
    for (const token of l.text.split(' ')) {
      const m = ACRONYM.exec(token);
      if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= TIMES).map(([a]) => a));
}
