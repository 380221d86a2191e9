/**
 * Lines of running text wrapped greedily at `width` characters, every line
 * after the first going on in lower case: a body whose full lines the layout
 * stages can measure (they take the lines a sentence goes on under).
 */
export function wrappedLines(width: number, count: number): string[] {
  const words = Array.from({ length: count * 14 }, (_, i) => ['commissions', 'were', 'formed', 'in', 'accordance', 'with', 'the', 'law'][(i * 5 + (i % 3)) % 8]!);
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  return out.slice(0, count);
}
