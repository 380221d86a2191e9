/**
 * Writes a draft (src/gold/damage.ts) back as a manuscript, so a mutated or
 * damaged translation can be rendered to PDF like the real ones. The front
 * matter is the original's; a unit whose text is unchanged keeps its original
 * line (footnote markers where they stood), a changed one gets its markers at
 * its end (so does one whose references changed); footnotes are numbered
 * from 1 as a renderer numbers them; a footnote keeps its sentence lines while its text is unchanged.
 */
import { parseManuscript } from './manuscript.ts';
import type { Draft } from './damage.ts';

export function writeManuscript(draft: Draft, original: string): string {
  const m = parseManuscript(original);
  // footnotes are numbered 1..n as a renderer numbers them (a dropped one shifts the rest), references with them
  const renumber = new Map(draft.footnotes.map((f, i) => [f.number, i + 1]));
  const refOf = (n: number) => renumber.get(n) ?? n;
  const lines = original.replace(/\r\n/g, '\n').split('\n');
  const front = lines[0] === '---' ? lines.slice(0, lines.indexOf('---', 1) + 1) : [];
  // the original lines of each manuscript place, to keep markers where they stood
  const raw = new Map<string, { text: string; raw: string; refs: number[] }>();
  m.blocks.forEach((b, k) => b.sentences.forEach((s, j) => raw.set(`b${k + 1}.${j + 1}`, { text: s.text, raw: s.raw, refs: s.refs })));
  const out: string[] = [...front, ''];
  for (const b of draft.blocks) {
    if (b.units.length === 0) continue;
    if (b.kind === 'h1' || b.kind === 'h2') {
      out.push(`${b.kind === 'h1' ? '#' : '##'} ${b.units[0]!.text}`, '');
      continue;
    }
    for (const u of b.units) {
      const kept = u.places.length === 1 ? raw.get(u.places[0]!) : undefined;
      // the original line only while text and references are both unchanged (a moved or dropped reference is not)
      const same = kept && kept.text === u.text && kept.refs.join() === u.refs.join();
      const line = same ? kept.raw.replace(/\[\^(\d+)\]/g, (_m, n: string) => `[^${refOf(Number(n))}]`) : `${u.text}${u.refs.map((r) => `[^${refOf(r)}]`).join('')}`;
      out.push(b.kind === 'list' ? `- ${line}` : line);
    }
    out.push('');
  }
  const notes = new Map(m.footnotes.map((f) => [`fn${f.number}`, f.sentences]));
  for (const f of draft.footnotes) {
    const sentences = notes.get(f.place);
    const parts = sentences && sentences.join(' ') === f.text ? sentences : [f.text];
    out.push(`[^${refOf(f.number)}]: ${parts[0]}`, ...parts.slice(1).map((s) => `    ${s}`));
  }
  return out.join('\n') + '\n';
}
