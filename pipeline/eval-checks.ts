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
import type { Flag, Lang } from '../src/schema/index.ts';

export const MUTATIONS: MutationKind[] = ['number', 'date', 'url', 'untranslated', 'omission', 'addition', 'footnote-drop', 'footnote-move', 'garbled', 'term', 'spelling'];

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
    const p = plant(harmless(drafts[c.lang], c.seed * 31, c.lang), drafts.en, c.lang, c.mutation, c.seed * 17 + (c.lang === 'kk' ? 5 : 0), c.variant.split('/').pop());
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
