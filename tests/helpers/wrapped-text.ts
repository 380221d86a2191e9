import { textWidth, type Metric } from '../../src/layout/typeset.ts';

/**
 * Lines of running text wrapped greedily at `width` characters, every line
 * after the first going on in lower case: a body whose full lines the layout
 * stages can measure (they take the lines a sentence goes on under). With a
 * font's metric, `width` is the width of `width` average characters in its
 * glyphs, and the lines wrap where that type would have wrapped them.
 */
export function wrappedLines(width: number, count: number, metric: Metric = 'chars'): string[] {
  const words = Array.from({ length: count * 14 }, (_, i) => ['commissions', 'were', 'formed', 'in', 'accordance', 'with', 'the', 'law'][(i * 5 + (i % 3)) % 8]!);
  const measure = width * (textWidth(words.join(' '), metric) / textWidth(words.join(' '), 'chars'));
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && textWidth(`${line} ${w}`, metric) > measure) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  return out.slice(0, count);
}
