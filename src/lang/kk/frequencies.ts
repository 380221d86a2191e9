/**
 * How often a Kazakh word form stands in a body of Kazakh text (lower-cased
 * inside; 0 for a form it holds once or never): Debian's Kazakh translations
 * of three programs (generated: frequencies.data.ts, by
 * scripts/kazakh-frequencies.ts). Loaded with the word score, for a text that
 * needs it.
 */
import { COUNTS } from './frequencies.data.ts';

const counts = new Map<string, number>();
for (const line of COUNTS.split('\n')) {
  const tab = line.indexOf('\t');
  counts.set(line.slice(0, tab), Number(line.slice(tab + 1)));
}

export const kazakhWordCount = (word: string): number => counts.get(word.toLowerCase()) ?? 0;
