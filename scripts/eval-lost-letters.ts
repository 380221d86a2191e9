#!/usr/bin/env -S npx tsx
// How well the letters a tool lost come back (src/layout/lost-letters.ts): every Kazakh tool text of the main
// layouts (tests/fixtures/<id>/kk.<tool>.txt) with the letters only Kazakh has taken out
// (scripts/lost-letters-damage.mjs), put back, and compared with the text before, line by line, word by word:
//   restored  of the words that held a lost letter, how many read as before
//   right     of the words the reading changed, how many read as before (precision)
//   kept      of the other words, how many read as before
//
//   npx tsx scripts/eval-lost-letters.ts [--tool pypdf] [--dump 30]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { textToLines } from '../src/layout/text-lines.ts';
import { lostLetters, restoreLostLetters } from '../src/layout/lost-letters.ts';
import { isKazakhWord, kazakhWordScore } from '../src/lang/kk/word-score.ts';
import { kazakhWordCount } from '../src/lang/kk/frequencies.ts';
import { loseKazakhLetters } from './lost-letters-damage.mjs';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const only = arg('--tool');
const dump = Number(arg('--dump') ?? 0);
const root = new URL('..', import.meta.url).pathname;
const fixtures = join(root, 'tests/fixtures');
const LOST = /[әғқңөұүһӘҒҚҢӨҰҮҺ]/u;
const words = (text: string): string[] => text.split(/\s+/u).filter(Boolean);

interface Sum { restored: number; lost: number; right: number; changed: number; kept: number; other: number; ms: number; texts: number; missed: Map<string, number> }
const sums = new Map<string, Sum>();
for (const id of readdirSync(fixtures).sort()) {
  if (!id.startsWith('kz-')) continue;
  for (const f of readdirSync(join(fixtures, id)).sort()) {
    const m = /^kk\.([a-z-]+)\.txt$/.exec(f);
    if (!m || (only && m[1] !== only)) continue;
    const text = readFileSync(join(fixtures, id, f), 'utf8');
    const before = textToLines(text);
    const damaged = textToLines(loseKazakhLetters(text));
    if (lostLetters(damaged).length === 0) throw new Error(`${id}/${f}: the damaged text does not read as one that lost letters`);
    const t0 = performance.now();
    const after = restoreLostLetters(damaged, { score: kazakhWordScore, known: isKazakhWord, used: kazakhWordCount });
    const s = sums.get(m[1]!) ?? { restored: 0, lost: 0, right: 0, changed: 0, kept: 0, other: 0, ms: 0, texts: 0, missed: new Map() };
    sums.set(m[1]!, s);
    s.ms += performance.now() - t0;
    s.texts++;
    if (before.length !== after.length) throw new Error(`${id}/${f}: lines ${before.length} → ${after.length}`);
    for (let i = 0; i < before.length; i++) {
      const bag = (ws: string[]): Map<string, number> => ws.reduce((b, w) => b.set(w, (b.get(w) ?? 0) + 1), new Map<string, number>());
      const was = bag(words(before[i]!.text));
      const dam = bag(words(damaged[i]!.text));
      const now = bag(words(after[i]!.text));
      for (const [w, n] of now) {
        const changed = Math.max(0, n - (dam.get(w) ?? 0));
        s.changed += changed;
        s.right += Math.min(changed, was.get(w) ?? 0);
      }
      for (const [w, n] of was) {
        const got = Math.min(n, now.get(w) ?? 0);
        if (LOST.test(w)) {
          s.lost += n;
          s.restored += got;
          if (got < n) s.missed.set(w, (s.missed.get(w) ?? 0) + n - got);
        } else {
          s.other += n;
          s.kept += got;
        }
      }
    }
  }
}
const f3 = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '-');
console.log('| tool | texts | restored | right | kept | ms a text |');
console.log('| --- | --- | --- | --- | --- | --- |');
const all: Sum = { restored: 0, lost: 0, right: 0, changed: 0, kept: 0, other: 0, ms: 0, texts: 0, missed: new Map() };
for (const [tool, s] of [...sums].sort()) {
  console.log(`| ${tool} | ${s.texts} | ${f3(s.restored, s.lost)} (${s.restored}/${s.lost}) | ${f3(s.right, s.changed)} | ${f3(s.kept, s.other)} | ${(s.ms / s.texts).toFixed(0)} |`);
  for (const k of ['restored', 'lost', 'right', 'changed', 'kept', 'other', 'ms', 'texts'] as const) all[k] += s[k];
  for (const [w, n] of s.missed) all.missed.set(w, (all.missed.get(w) ?? 0) + n);
}
console.log(`| all | ${all.texts} | ${f3(all.restored, all.lost)} (${all.restored}/${all.lost}) | ${f3(all.right, all.changed)} | ${f3(all.kept, all.other)} | ${(all.ms / all.texts).toFixed(0)} |`);
if (dump) console.log([...all.missed].sort((a, b) => b[1] - a[1]).slice(0, dump).map(([w, n]) => `${w} ${n}`).join(', '));
