/**
 * Checks the genre's trilingual tables, the lexicon (src/lang/lexicon.tsv) and the closed classes
 * (src/lang/classes.tsv), reports how their concepts occur in the corpus manuscripts, so that each row
 * can be checked by hand, and generates the module the code reads them from.
 *
 *   npx tsx scripts/lexicon.ts check [file.tsv]    format and consistency (default: both tables); exit 1 on an error
 *   npx tsx scripts/lexicon.ts report [file.tsv] [doc,doc]   per concept: the words each language's beginnings
 *                                                  matched in the corpus, and documents where the languages' counts differ
 *   npx tsx scripts/lexicon.ts build               writes src/lang/lexicon.data.ts from both tables
 *
 * A table: a header `class id en ru kk en_form ru_form kk_form`, tab-separated, `#` lines are comments;
 * class `-` for a concept of no closed class (the lexicon's), whose forms may be left empty.
 * en/ru/kk: comma-separated word beginnings, matched as the aligner's lexicon matches them (src/lang/lexicon.ts:
 * `=word` is the word itself; a beginning of up to 4 letters takes up to 3 more, up to 6 letters up to 7 more;
 * several words separated by spaces match consecutive words). *_form: one full form of the concept
 * (a base form), which the planted-defect evaluation puts in place of another member of the class.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ClassIndex, classWords, conceptOf, wordMatches as stemMatches, type ClassConcept } from '../src/lang/concepts.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const LANGS = ['en', 'ru', 'kk'] as const;
type L = (typeof LANGS)[number];
const TABLES = ['src/lang/lexicon.tsv', 'src/lang/classes.tsv'].map((t) => join(ROOT, t));
const [cmd = 'check', file, only] = process.argv.slice(2);
/** `report` on some documents only (comma-separated folder names), e.g. the dev split */
const DOCS = only ? new Set(only.split(',')) : null;

/** A concept of a table, with the line it stands on. */
interface Row extends ClassConcept {
  line: number;
}

function parse(text: string): { rows: Row[]; errors: string[] } {
  const errors: string[] = [];
  const rows: Row[] = [];
  const lines = text.split('\n');
  const header = lines.findIndex((l) => l.trim() && !l.startsWith('#'));
  if (lines[header]?.trim() !== ['class', 'id', ...LANGS, ...LANGS.map((l) => `${l}_form`)].join('\t')) errors.push(`line ${header + 1}: the header must be: class id en ru kk en_form ru_form kk_form (tab-separated)`);
  lines.forEach((l, i) => {
    if (i <= header || !l.trim() || l.startsWith('#')) return;
    const c = l.split('\t');
    if (c.length !== 8) return void errors.push(`line ${i + 1}: ${c.length} cells, not 8`);
    rows.push({ line: i + 1, ...conceptOf(c) });
  });
  return { rows, errors };
}

const words = (t: string) => classWords(t).map((w) => w.word);
/** Whether a phrase's words are matched by a (multi-word) beginning, at any position. */
const matchesPhrase = (stem: string, phrase: string): boolean => {
  const ws = stem.split(/\s+/);
  const ts = words(phrase);
  return ts.some((_, i) => ws.every((w, k) => ts[i + k] !== undefined && stemMatches(w, ts[i + k]!)));
};

function check(rows: Row[], errors: string[]): void {
  const ids = new Set<string>();
  for (const r of rows) {
    const key = `${r.cls}/${r.id}`;
    if (!/^([a-z][a-z0-9-]*|-)$/.test(r.cls) || !/^[a-z][a-z0-9-]*$/.test(r.id)) errors.push(`line ${r.line}: class (or - for none) and id are lower-case words with hyphens`);
    if (ids.has(key)) errors.push(`line ${r.line}: ${key} twice`);
    ids.add(key);
    for (const l of LANGS) {
      if (r.stems[l].length === 0) errors.push(`line ${r.line}: ${key} has no ${l} beginning`);
      if (!r.form[l]) {
        if (r.cls !== '-') errors.push(`line ${r.line}: ${key} has no ${l}_form`);
      } else if (!r.stems[l].some((s) => matchesPhrase(s, r.form[l]))) errors.push(`line ${r.line}: ${key}: ${l}_form "${r.form[l]}" is matched by none of its own beginnings`);
      for (const s of r.stems[l]) if (r.cls !== '-' && s.replace(/^=/, '').length < 3 && !s.startsWith('=')) errors.push(`line ${r.line}: ${key}: beginning "${s}" is shorter than 3 letters (write =word for a short whole word)`);
    }
  }
  // a member's form must be read as that member and as no other of its class (the longer beginning wins, as in the check)
  for (const l of LANGS) {
    const index = new ClassIndex(rows, l);
    for (const r of rows) {
      if (r.cls === '-' || !r.form[l]) continue;
      const read = index.mentions(r.form[l]).filter((m) => m.concept.cls === r.cls && m.concept.id !== r.id);
      for (const m of read) errors.push(`line ${r.line}: ${r.cls}/${r.id}: its ${l}_form "${r.form[l]}" is read as ${m.concept.id} too`);
    }
  }
}

function corpusTexts(): Array<{ doc: string; lang: L; text: string }> {
  const dir = join(ROOT, 'corpus');
  return readdirSync(dir).filter((d) => existsSync(join(dir, d, 'en.md')) && (!DOCS || DOCS.has(d))).flatMap((d) =>
    LANGS.map((lang) => ({ doc: d, lang, text: readFileSync(join(dir, d, `${lang}.md`), 'utf8') })));
}

function report(rows: Row[]): void {
  const texts = corpusTexts();
  for (const cls of [...new Set(rows.map((r) => r.cls))]) {
    console.log(`\n## ${cls}`);
    for (const r of rows.filter((x) => x.cls === cls)) {
      const matched: Record<L, Map<string, number>> = { en: new Map(), ru: new Map(), kk: new Map() };
      const perDoc = new Map<string, Record<L, number>>();
      for (const t of texts) {
        const ts = words(t.text);
        let n = 0;
        ts.forEach((_, i) => {
          for (const s of r.stems[t.lang]) {
            const ws = s.split(/\s+/);
            if (ws.every((w, k) => ts[i + k] !== undefined && stemMatches(w, ts[i + k]!))) {
              const phrase = ts.slice(i, i + ws.length).join(' ');
              matched[t.lang].set(phrase, (matched[t.lang].get(phrase) ?? 0) + 1);
              n++;
              break;
            }
          }
        });
        const row = perDoc.get(t.doc) ?? { en: 0, ru: 0, kk: 0 };
        row[t.lang] = n;
        perDoc.set(t.doc, row);
      }
      console.log(`${r.id}`);
      for (const l of LANGS) console.log(`  ${l}: ${[...matched[l]].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([w, n]) => `${w}×${n}`).join(', ') || '(none)'}`);
      const uneven = [...perDoc].filter(([, c]) => Math.max(c.en, c.ru, c.kk) > 0 && (Math.min(c.en, c.ru, c.kk) === 0 || Math.max(c.en, c.ru, c.kk) > 1.5 * Math.min(c.en, c.ru, c.kk) + 1));
      for (const [d, c] of uneven) console.log(`  uneven in ${d}: en ${c.en}, ru ${c.ru}, kk ${c.kk}`);
    }
  }
}

if (cmd === 'check') {
  let failed = false;
  for (const f of file ? [file] : TABLES) {
    const { rows, errors } = parse(readFileSync(f, 'utf8'));
    check(rows, errors);
    for (const e of errors) console.log(`${f}: ${e}`);
    console.log(errors.length ? `${f}: ${errors.length} errors` : `ok: ${rows.length} concepts in ${new Set(rows.map((r) => r.cls)).size} classes (${f.replace(ROOT, '')})`);
    failed ||= errors.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
} else if (cmd === 'report') {
  report(parse(readFileSync(file ?? TABLES[1]!, 'utf8')).rows);
} else if (cmd === 'build') {
  const [lexicon, classes] = TABLES.map((f) => {
    const { rows, errors } = parse(readFileSync(f, 'utf8'));
    check(rows, errors);
    if (errors.length) throw new Error(errors.join('\n'));
    return readFileSync(f, 'utf8');
  });
  const out = join(ROOT, 'src/lang/lexicon.data.ts');
  writeFileSync(out, `// Generated by scripts/lexicon.ts build from src/lang/lexicon.tsv and src/lang/classes.tsv: edit the tables, not this file.\nexport const LEXICON_TSV = ${JSON.stringify(lexicon)};\nexport const CLASSES_TSV = ${JSON.stringify(classes)};\n`);
  console.log(`wrote ${out}`);
}
