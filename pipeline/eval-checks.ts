/**
 * `osce eval --checks`: plants one defect at a time into the Russian and
 * Kazakh manuscripts (src/gold/mutate.ts, every form of every kind in turn,
 * with harmless merges, splits, clause swaps and numbers in words beside
 * it), runs alignment and checks on the three versions, and counts the new
 * flags: right kind at the right place, or false alarm. Flags the unmutated
 * manuscripts already raise (the real defects of the published Russian text)
 * are the baseline and do not count. Cases can be split into shards, so
 * several processes share the work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManuscript } from '../src/gold/manuscript.ts';
import { documentOf, draftOf, type Draft } from '../src/gold/damage.ts';
import { harmless, plant, variantsOf, type MutationKind } from '../src/gold/mutate.ts';
import { extractClaims } from '../src/claims/index.ts';
import { resources } from '../src/lang/index.ts';
import { alignStatement } from '../src/align/statement.ts';
import type { TermBase } from '../src/align/terms.ts';
import { runChecks, type CheckContext } from '../src/checks/index.ts';
import type { Document, Flag, Lang } from '../src/schema/index.ts';
import { wordDice } from '../src/lang/overlap.ts';

export const MUTATIONS: MutationKind[] = ['number', 'date', 'url', 'untranslated', 'omission', 'addition', 'footnote-drop', 'footnote-move', 'garbled', 'term', 'meaning', 'spelling'];

export interface CheckCase {
  mutation: MutationKind;
  lang: Lang;
  seed: number;
  variant: string;
}

/** Every case: each kind, in each translation, `seeds` times, the kind's forms taken in turn. */
export function checkCases(seeds: number, kinds: MutationKind[] = MUTATIONS): CheckCase[] {
  const out: CheckCase[] = [];
  for (const mutation of kinds) {
    const forms = variantsOf(mutation);
    for (const lang of ['ru', 'kk'] as Lang[]) for (let seed = 1; seed <= seeds; seed++) out.push({ mutation, lang, seed, variant: forms[(seed - 1) % forms.length]! });
  }
  return out;
}

/** What one case came to: the kind planted (null when the draft had no place for it), whether it was found, and the false alarms. */
export interface CheckOutcome {
  case: CheckCase;
  planted: { kind: string; place: string } | null;
  found: boolean;
  falseAlarms: Array<{ kind: string; detail: string }>;
}

type Gold = ReturnType<typeof documentOf>;

export function runCheckCases(dir: string, terms: TermBase, spellers: CheckContext['spellers'], cases: CheckCase[]): CheckOutcome[] {
  const drafts = Object.fromEntries((['en', 'ru', 'kk'] as Lang[]).map((l) => [l, draftOf(parseManuscript(readFileSync(join(dir, `${l}.md`), 'utf8')))])) as Record<Lang, Draft>;
  const build = (d: Draft, l: Lang): Gold => {
    const g = documentOf(d, l, 'mutation');
    g.doc.claims = extractClaims(g.doc.sentences, g.doc.footnotes, resources(l));
    return g;
  };
  /** Each place of a flag as the manuscript places it covers (a merged sentence covers two). */
  const placesOf = (f: Flag, golds: Map<Lang, Gold>): Array<{ lang: Lang; places: string[] }> =>
    f.where.map((w) => ({
      lang: w.lang,
      places: w.footnote !== undefined ? (golds.get(w.lang)!.places.get(`fn:${w.footnote}`) ?? []) : (golds.get(w.lang)!.places.get(w.sentenceId!) ?? []),
    }));
  const run = (ds: Record<Lang, Draft>) => {
    const golds = new Map((['en', 'ru', 'kk'] as Lang[]).map((l) => [l, build(ds[l], l)]));
    const docs = [...golds.values()].map((g) => g.doc);
    const flags = runChecks({ statementId: 'mutation', docs, alignment: alignStatement('mutation', docs, { terms }), terms, spellers });
    return { golds, flags };
  };
  const clean = run(drafts);
  const baseline = clean.flags.map((f) => ({ kind: f.kind, text: f.where[0]!.text, where: placesOf(f, clean.golds) }));
  // a flag the clean manuscripts raise too, at the same places (merged with a neighbour or not), or on a copy of the
  // same words (a sentence with a real typo repeated as the planted addition), is not new
  const isOld = (f: Flag, where: Array<{ lang: Lang; places: string[] }>) =>
    baseline.some((g) => {
      if (g.kind !== f.kind) return false;
      const text = f.where[0]!.text;
      if (text.length < 40 && g.text === text && where[0]!.places.includes('added')) return true;
      // a flag about a word (garbled, spelling, a term) is old only for the same word: another word at the same place is new
      if (g.text.length < 60 && text.length < 60 && g.text !== text) return false;
      return g.where.every((gw) => where.some((w) => w.lang === gw.lang && w.places.some((p) => gw.places.includes(p))));
    });
  return cases.map((c) => {
    const p = plant(harmless(drafts[c.lang], c.seed * 31, c.lang), drafts.en, c.lang, c.mutation, c.seed * 17 + (c.lang === 'kk' ? 5 : 0), c.variant.split('/').pop(), terms);
    if (!p) return { case: c, planted: null, found: false, falseAlarms: [] };
    const { golds, flags } = run({ ...drafts, [c.lang]: p.draft });
    let found = false;
    const falseAlarms: CheckOutcome['falseAlarms'] = [];
    for (const f of flags) {
      const where = placesOf(f, golds);
      if (isOld(f, where)) continue;
      const right = (f.kind === p.planted.kind || p.planted.alsoRight?.includes(f.kind)) && where.some((w) => w.places.includes(p.planted.place) && (w.lang === p.planted.lang || p.planted.place === 'added' || p.planted.place.startsWith('fn')));
      if (right) found = true;
      // a dropped or moved footnote also breaks the numbering or order: those flags are its consequences
      else if (!p.planted.alsoRight?.includes(f.kind)) {
        falseAlarms.push({ kind: f.kind, detail: `false alarm (planted ${p.planted.variant} ${c.lang} seed ${c.seed} at ${p.planted.place}): ${where.map((w) => `${w.lang}:${w.places.join('+')}`).join(' ')} ${f.message}` });
      }
    }
    return { case: c, planted: { kind: p.planted.kind, place: p.planted.place }, found, falseAlarms };
  });
}

export interface CheckEvalRow {
  kind: string;
  planted: number;
  found: number;
  falseAlarms: number;
  recall: number;
  precision: number;
  /** planted and found per form of the defect (`number/words`) */
  variants: Record<string, { planted: number; found: number }>;
  /** each miss and false alarm, for --verbose */
  details: string[];
}

export function tallyChecks(outcomes: CheckOutcome[]): CheckEvalRow[] {
  const rows = new Map<string, CheckEvalRow>();
  const row = (kind: string) => rows.get(kind) ?? rows.set(kind, { kind, planted: 0, found: 0, falseAlarms: 0, recall: 1, precision: 1, variants: {}, details: [] }).get(kind)!;
  for (const o of outcomes) {
    if (!o.planted) continue;
    const r = row(o.planted.kind);
    r.planted++;
    const v = (r.variants[o.case.variant] ??= { planted: 0, found: 0 });
    v.planted++;
    if (o.found) {
      r.found++;
      v.found++;
    } else r.details.push(`missed (${o.case.variant} ${o.case.lang} seed ${o.case.seed}) at ${o.planted.place}`);
    for (const fa of o.falseAlarms) {
      row(fa.kind).falseAlarms++;
      row(fa.kind).details.push(fa.detail);
    }
  }
  return [...rows.values()].map((r) => ({ ...r, recall: r.planted ? r.found / r.planted : 1, precision: r.found + r.falseAlarms ? r.found / (r.found + r.falseAlarms) : 1 }));
}

const f3 = (x: number): string => x.toFixed(3);

export function formatChecks(rows: CheckEvalRow[], verbose = false): string {
  return [
    `${'kind'.padEnd(22)} planted  found  false alarms  recall  precision`,
    ...rows.flatMap((r) => [
      `${r.kind.padEnd(22)} ${String(r.planted).padStart(7)}  ${String(r.found).padStart(5)}  ${String(r.falseAlarms).padStart(12)}  ${f3(r.recall).padStart(6)}  ${f3(r.precision).padStart(9)}`,
      ...(verbose ? Object.entries(r.variants).map(([v, x]) => `    ${v.padEnd(28)} ${x.found}/${x.planted}`) : []),
      ...(verbose ? r.details.map((d) => `    ${d.slice(0, 240)}`) : []),
    ]),
  ].join('\n');
}

/** Dice overlap of two texts' word bags, 0..1 (texts without words share nothing). */
const wordOverlap = (a: string, b: string): number => wordDice(a, b) ?? 0;

interface PlantedPdf {
  kind: string;
  lang: Lang;
  place: string;
  variant: string;
  alsoRight?: string[];
  texts: string[];
  footnote?: number;
}

/**
 * The checks on PDFs with planted defects (tests/fixtures/mutations/, made by
 * scripts/fixtures/make-mutation-pdfs.ts): the official and the other
 * translation's clean PDFs with the mutated one, through the whole pipeline.
 * Flags are placed by the text of the unit they point at, since a PDF's
 * sentences carry no manuscript places.
 */
export async function runPdfMutationCases(mutationsDir: string, cleanDir: string, terms: TermBase, spellers: CheckContext['spellers']): Promise<CheckOutcome[]> {
  const { readdirSync, existsSync } = await import('node:fs');
  const { readSource } = await import('../src/ingest/read.ts');
  const { buildDocument } = await import('./graph.ts');
  const load = async (path: string) => buildDocument(readSource(path, new Uint8Array(readFileSync(path))));
  const clean = Object.fromEntries(await Promise.all((['en', 'ru', 'kk'] as Lang[]).map(async (l) => [l, await load(join(cleanDir, `${l}.pdf`))]))) as Record<Lang, Document>;
  const unitText = (docs: Document[], w: Flag['where'][number]): string => {
    const d = docs.find((x) => x.lang === w.lang);
    return (w.footnote !== undefined ? d?.footnotes.find((f) => f.number === w.footnote)?.text : d?.sentences.find((s) => s.id === w.sentenceId)?.text) ?? w.text;
  };
  const checks = (docs: Document[]) => runChecks({ statementId: 'mutation', docs, alignment: alignStatement('mutation', docs, { terms }), terms, spellers });
  const cleanDocs = [clean.en, clean.ru, clean.kk];
  const baseline = checks(cleanDocs).map((f) => ({ f, units: f.where.map((w) => ({ lang: w.lang, text: unitText(cleanDocs, w) })) }));
  const out: CheckOutcome[] = [];
  for (const name of readdirSync(mutationsDir).sort()) {
    const plantedPath = join(mutationsDir, name, 'planted.json');
    if (!existsSync(plantedPath)) continue;
    const planted = JSON.parse(readFileSync(plantedPath, 'utf8')) as PlantedPdf;
    // the mutated translation: the case's one PDF (a planted omission is placed in the official version)
    const file = readdirSync(join(mutationsDir, name)).find((f) => f.endsWith('.pdf'))!;
    const translation = file.replace(/\.pdf$/, '') as Lang;
    const mutated = await load(join(mutationsDir, name, file));
    const docs = [clean.en, ...(['ru', 'kk'] as Lang[]).map((l) => (l === translation ? mutated : clean[l]))];
    let found = false;
    const falseAlarms: CheckOutcome['falseAlarms'] = [];
    for (const f of checks(docs)) {
      const units = f.where.map((w) => ({ lang: w.lang, footnote: w.footnote, text: unitText(docs, w), word: w.text }));
      // old: the clean PDFs raise it too, about the same word (a garbled word, a typo, a term) or at the same units
      const old = baseline.some((g) => {
        if (g.f.kind !== f.kind) return false;
        const [gw, fw] = [g.f.where[0]!, f.where[0]!];
        if (gw.text.length < 60 && fw.text.length < 60) return gw.text === fw.text && gw.lang === fw.lang;
        return g.units.every((gu) => units.some((u) => u.lang === gu.lang && wordOverlap(u.text, gu.text) >= 0.9));
      });
      if (old) continue;
      const kindRight = f.kind === planted.kind || planted.alsoRight?.includes(f.kind);
      const placeRight = units.some((u) => (planted.footnote !== undefined && u.footnote === planted.footnote) || planted.texts.some((t) => wordOverlap(u.text, t) >= 0.6 || (t.length > 20 && u.text.includes(t))));
      if (kindRight && placeRight) found = true;
      else if (!planted.alsoRight?.includes(f.kind)) falseAlarms.push({ kind: f.kind, detail: `false alarm (planted ${planted.variant} ${planted.lang} in ${name}): ${units.map((u) => `${u.lang}:${u.text.slice(0, 50)}`).join(' | ')} ${f.message}` });
    }
    const mutation = planted.variant.split('/')[0] as MutationKind;
    out.push({ case: { mutation, lang: translation, seed: 0, variant: `${planted.variant} (PDF)` }, planted: { kind: planted.kind, place: name }, found, falseAlarms });
  }
  return out;
}
