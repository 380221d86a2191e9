/**
 * How many of the footnote lines a tool ran together (pypdf: a small-type
 * footnote zone printed as one line a page) the lines stage parts back exactly
 * as they were printed: the gold is the same PDF's text by a tool that keeps
 * every printed line (poppler's `-raw`), footnote numbers and spaces aside.
 * Prints, per text and in all, the parted lines found among the printed ones.
 *
 *   npx tsx scripts/eval-run-together.ts tests/fixtures/kz-*\/*.dense.pypdf.txt
 *   V=1 …   also the parted lines not printed so
 */
import { existsSync, readFileSync } from 'node:fs';
import { textToLines } from '../src/layout/text-lines.ts';
import { partRunTogetherNotes } from '../src/layout/run-together-notes.ts';
import { speller } from '../pipeline/spellers.ts';

const squash = (s: string): string => s.replace(/^\d{1,3}\s+/u, '').replace(/\s+/gu, '').replace(/[-‐]/gu, '');
let [found, parted] = [0, 0];
for (const path of process.argv.slice(2)) {
  const gold = path.replace(/\.[a-z-]+\.txt$/u, '.poppler-raw.txt');
  if (gold === path || !existsSync(gold)) continue;
  const lang = path.split('/').pop()!.slice(0, 2);
  // the dictionaries the runner hands the lines stage (pipeline/graph.ts)
  const [latin, cyrillic] = await Promise.all([speller('en'), lang === 'ru' ? speller('ru') : undefined]);
  const knows = (w: string): boolean => (/\p{Script=Latin}/u.test(w) ? latin : cyrillic)?.correct(w) ?? false;
  const printed = textToLines(readFileSync(path, 'utf8'));
  const before = new Set(printed);
  const out = partRunTogetherNotes(printed, knows).filter((l) => !before.has(l));
  const lines = new Set(readFileSync(gold, 'utf8').split(/\n|\f/u).map(squash));
  const wrong = out.filter((l) => !lines.has(squash(l.text)));
  found += out.length - wrong.length;
  parted += out.length;
  console.log(`${path}\t${out.length - wrong.length}/${out.length}`);
  if (process.env.V) for (const l of wrong) console.log(`    ${l.text}`);
}
console.log(`all\t${found}/${parted} parted lines as printed`);
