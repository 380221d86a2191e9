/**
 * `osce eval`: runs the pipeline on every input that has a manuscript beside it
 * (`ru.pdftotext.txt` → `ru.md`) and prints precision and recall of the
 * recovered structure against the manuscript.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readSource } from '../src/ingest/read.ts';
import { parseManuscript } from '../src/gold/manuscript.ts';
import { differences, norm, scoreFrom, scoreStructure, structureItems, type Score, type StructureScores } from '../src/gold/score.ts';
import { isComplete, parseGoldClaims, predictClaims, scoreClaims, type ClaimScores, type GoldClaim } from '../src/gold/claims.ts';
import { resources } from '../src/lang/index.ts';
import type { Document, Lang } from '../src/schema/index.ts';
import { damage, documentOf, draftOf, type Damage } from '../src/gold/damage.ts';
import { scoreFootnoteLinks, scoreSentenceLinks } from '../src/gold/alignment.ts';
import { alignPair } from '../src/align/pair.ts';
import type { TermBase } from '../src/align/terms.ts';
import { alignStatement } from '../src/align/statement.ts';
import { agreeParagraphs } from '../src/align/paragraphs.ts';
import { buildDocument } from './graph.ts';
import { glossary } from './tasks.ts';

export interface EvalCase {
  input: string;
  gold: string;
}

/**
 * Inputs named `<lang>.txt|pdf` or `<lang>.<variant>.txt|pdf` paired with the
 * manuscript `<lang>.md` in the same folder, or in `corpus/<same folder name>/`
 * (where the fixtures of a bundled statement find their gold).
 */
export function findEvalCases(roots: string[]): EvalCase[] {
  const cases: EvalCase[] = [];
  const visit = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
      return;
    }
    const m = basename(path).match(/^([a-z]{2})(?:\.[^/]*)?\.(txt|pdf)$/);
    if (!m) return;
    const beside = join(dirname(path), `${m[1]}.md`);
    const inCorpus = join('corpus', basename(dirname(path)), `${m[1]}.md`);
    const gold = [beside, inCorpus].find((g) => existsSync(g));
    if (gold) cases.push({ input: path, gold });
  };
  roots.filter((r) => existsSync(r)).forEach(visit);
  return cases;
}

export interface EvalResult {
  input: string;
  scores?: StructureScores;
  error?: string;
  diffs?: Record<string, { missing: string[]; extra: string[] }>;
}

/**
 * Scores every case. Inputs of one statement printed alike (the same folder
 * and variant: `en.awkward.gs.txt`, `ru.awkward.gs.txt`, …) are read together
 * as a run reads a statement: aligned, and given the paragraph breaks another
 * version shows (`align/paragraphs.ts`). With `alone`, each is read by itself.
 */
export async function evaluateCases(cases: EvalCase[], options: { withDiffs?: boolean; alone?: boolean } = {}): Promise<EvalResult[]> {
  const groups = new Map<string, number[]>();
  cases.forEach((c, k) => {
    const key = options.alone ? String(k) : join(dirname(c.input), basename(c.input).replace(/^[a-z]{2}/, ''));
    groups.set(key, [...(groups.get(key) ?? []), k]);
  });
  const results: EvalResult[] = new Array(cases.length);
  for (const members of groups.values()) {
    const built: Array<{ k: number; doc: Document }> = [];
    for (const k of members) {
      try {
        built.push({ k, doc: await buildDocument(readSource(cases[k]!.input, readFileSync(cases[k]!.input))) });
      } catch (e) {
        results[k] = { input: cases[k]!.input, error: (e as Error).message };
      }
    }
    const docs = built.length >= 2 ? agreeParagraphs(built.map((b) => b.doc), alignStatement('eval', built.map((b) => b.doc), { terms: await glossary() })) : built.map((b) => b.doc);
    built.forEach(({ k }, i) => {
      const c = cases[k]!;
      try {
        const doc = docs[i]!;
        const gold = parseManuscript(readFileSync(c.gold, 'utf8'));
        const result: EvalResult = { input: c.input, scores: scoreStructure(doc, gold) };
        if (options.withDiffs) {
          const items = structureItems(doc, gold);
          result.diffs = Object.fromEntries(Object.entries(items).map(([key, v]) => [key, differences(v.predicted, v.gold)]));
        }
        results[k] = result;
      } catch (e) {
        results[k] = { input: c.input, error: (e as Error).message };
      }
    });
  }
  return results;
}

const f = (x: number): string => x.toFixed(3);
const row = (name: string, s: Score): string =>
  `  ${name.padEnd(14)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}   (${s.tp} right, ${s.fp} extra, ${s.fn} missed)`;

export function formatResult(r: EvalResult): string {
  if (r.error || !r.scores) return `${r.input}\n  ERROR ${r.error}`;
  const s = r.scores;
  const out = [
    r.input,
    row('headings', s.headings),
    row('paragraphs', s.paragraphs),
    row('sentences', s.sentences),
    row('footnotes', s.footnotes),
    row('footnote refs', s.footnoteRefs),
    row('notes', s.notes),
    row('table rows', s.tables),
    `  title          ${s.title ? 'right' : 'WRONG'}`,
    ...(s.meta ? [`  kind ${s.meta.kind ? 'right' : 'WRONG'}, place ${s.meta.place ? 'right' : 'WRONG'}, date ${s.meta.date ? 'right' : 'WRONG'}`] : []),
  ];
  // (OSCE_EVAL_WIDTH: how much of each item to print)
  const width = Number(process.env.OSCE_EVAL_WIDTH ?? 160);
  for (const [kind, d] of Object.entries(r.diffs ?? {})) {
    for (const m of d.missing) out.push(`    - ${kind} missed: ${m.slice(0, width)}`);
    for (const e of d.extra) out.push(`    + ${kind} extra:  ${e.slice(0, width)}`);
  }
  return out.join('\n');
}

/** One row per input: F1 of each part, footnotes and references as counts found of gold. */
export function formatSummary(results: EvalResult[]): string {
  const head = `${'input'.padEnd(58)} headings  paragraphs  sentences  footnotes  refs  table rows  kind/place/date`;
  const rows = results.map((r) => {
    const name = r.input.length > 57 ? '…' + r.input.slice(-56) : r.input;
    if (!r.scores) return `${name.padEnd(58)} ERROR ${r.error}`;
    const s = r.scores;
    const count = (x: Score) => `${x.tp}/${x.tp + x.fn}${x.fp ? `+${x.fp}` : ''}`;
    const meta = s.meta ? [s.meta.kind, s.meta.place, s.meta.date].map((x) => (x ? 'ok' : 'NO')).join('/') : '-';
    const tables = s.tables.tp + s.tables.fn + s.tables.fp ? f(s.tables.f1) : '-';
    return `${name.padEnd(58)} ${f(s.headings.f1).padStart(8)}  ${f(s.paragraphs.f1).padStart(10)}  ${f(s.sentences.f1).padStart(9)}  ${count(s.footnotes).padStart(9)}  ${count(s.footnoteRefs).padStart(5)}  ${tables.padStart(10)}  ${meta.padStart(15)}`;
  });
  return [head, ...rows].join('\n');
}

export interface ClaimEvalResult {
  gold: string;
  lang: string;
  scores: ClaimScores;
  missed: string[];
  extra: string[];
  /** claims found at the right place with the right value, but with another unit, qualifier or subject */
  attributes: string[];
}

/** Every `claims.<lang>.tsv` under the roots, scored on the manuscript `<lang>.md` beside it. */
export function evaluateClaims(roots: string[]): ClaimEvalResult[] {
  const files: string[] = [];
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) readdirSync(path).sort().forEach((n) => visit(join(path, n)));
    else if (/^claims\.[a-z]{2}\.tsv$/.test(basename(path))) files.push(path);
  };
  roots.forEach(visit);
  return files.map((gold) => {
    const lang = basename(gold).split('.')[1] as Lang;
    const tsv = readFileSync(gold, 'utf8');
    const goldClaims = parseGoldClaims(tsv);
    // a held-out folder finds the manuscript one level up
    const md = [join(dirname(gold), `${lang}.md`), join(dirname(gold), "..", `${lang}.md`)].find((p) => existsSync(p))!;
    const m = parseManuscript(readFileSync(md, "utf8"));
    const predicted = predictClaims(goldClaims, m, resources(lang), isComplete(tsv));
    const line = (c: GoldClaim): string => `${c.where} ${c.kind} ${c.value} «${c.text}» unit=${c.unit ?? '-'} q=${c.qualifier ?? '-'} subject=${c.subject ?? '-'}`;
    const d = differences(predicted.map((c) => `${c.where}|${c.kind}|${c.value}`), goldClaims.map((c) => `${c.where}|${c.kind}|${c.value}`));
    const find = (list: GoldClaim[], k: string) => list.find((c) => `${c.where}|${c.kind}|${c.value}` === k)!;
    const pool = [...predicted];
    const attributes = goldClaims.flatMap((g) => {
      const at = pool.findIndex((x) => x.where === g.where && x.kind === g.kind && x.value === g.value);
      if (at < 0) return [];
      const [p] = pool.splice(at, 1) as [GoldClaim];
      const diffs = (['unit', 'qualifier', 'subject'] as const).filter((k) => (p[k] ?? '-') !== (g[k] ?? '-')).map((k) => `${k}: ${p[k] ?? '-'} (gold ${g[k] ?? '-'})`);
      return diffs.length ? [`${g.where} «${g.text}» ${diffs.join('; ')}`] : [];
    });
    return { gold, lang, scores: scoreClaims(goldClaims, predicted), missed: d.missing.map((k) => line(find(goldClaims, k))), extra: d.extra.map((k) => line(find(predicted, k))), attributes };
  });
}

export function formatClaimResult(r: ClaimEvalResult, verbose: boolean): string {
  const s = r.scores;
  const out = [`${r.gold}`, row('claims', s.claims), ...Object.entries(s.byKind).map(([k, v]) => row(`  ${k}`, v)), row('value', s.value), row('unit', s.unit), row('qualifier', s.qualifier), row('subject', s.subject)];
  if (verbose) {
    for (const m of r.missed) out.push(`    - missed: ${m}`);
    for (const e of r.extra) out.push(`    + extra:  ${e}`);
    for (const a of r.attributes) out.push(`    ~ ${a}`);
  }
  return out.join('\n');
}

export interface AlignEvalRow {
  variant: string;
  pair: string;
  sentences: Score;
  baseline: Score;
  footnotes: Score;
}

/** Damage profiles for the translations; each is applied with several seeds. */
export const DAMAGE_PROFILES: Record<string, Damage> = {
  merged: { merges: 12, splits: 0, drops: 0, paragraphDrops: 0, footnoteDrops: 0 },
  split: { merges: 0, splits: 12, drops: 0, paragraphDrops: 0, footnoteDrops: 0 },
  'sentences dropped': { merges: 0, splits: 0, drops: 10, paragraphDrops: 0, footnoteDrops: 0 },
  'paragraphs dropped': { merges: 0, splits: 0, drops: 0, paragraphDrops: 3, footnoteDrops: 0 },
  'footnotes dropped and renumbered': { merges: 0, splits: 0, drops: 0, paragraphDrops: 0, footnoteDrops: 3 },
  mixed: { merges: 6, splits: 6, drops: 5, paragraphDrops: 2, footnoteDrops: 2 },
};

const sumScores = (xs: Score[]): Score =>
  scoreFrom(xs.reduce((s, x) => s + x.tp, 0), xs.reduce((s, x) => s + x.fp, 0), xs.reduce((s, x) => s + x.fn, 0));

/**
 * Sentence and footnote alignment of every pair of the three manuscripts of a
 * statement: clean, and with each damage profile applied to the translations
 * (official English untouched; ru-kk both damaged), against the length-only
 * Gale-Church baseline in the same run.
 */
export function evaluateAlignment(dir: string, terms: TermBase, seeds = [1, 2, 3]): AlignEvalRow[] {
  const drafts = Object.fromEntries((['en', 'ru', 'kk'] as Lang[]).map((l) => [l, draftOf(parseManuscript(readFileSync(join(dir, `${l}.md`), 'utf8')))]));
  const rows: AlignEvalRow[] = [];
  const pairs: Array<[Lang, Lang, boolean]> = [['en', 'ru', false], ['en', 'kk', false], ['ru', 'kk', false], ['ru', 'kk', true]];
  const variants: Array<[string, Damage | null]> = [['clean', null], ...Object.entries(DAMAGE_PROFILES)];
  for (const [variant, dmg] of variants) {
    for (const [la, lb, both] of pairs) {
      if (both && !dmg) continue;
      const s: Score[] = [];
      const b: Score[] = [];
      const f: Score[] = [];
      for (const seed of dmg ? seeds : [0]) {
        // the second version is damaged; in the last rows both translations are, independently
        const A = documentOf(dmg && both ? damage(drafts[la]!, dmg, seed * 10 + 1) : drafts[la]!, la);
        const B = documentOf(dmg ? damage(drafts[lb]!, dmg, seed * 10 + 2) : drafts[lb]!, lb);
        const pair = alignPair(A.doc, B.doc, { terms });
        s.push(scoreSentenceLinks(pair, A, B));
        b.push(scoreSentenceLinks(alignPair(A.doc, B.doc, { terms, anchorWeight: 0 }), A, B));
        f.push(scoreFootnoteLinks(pair, A, B));
      }
      rows.push({ variant, pair: `${la}-${lb}${both ? '*' : ''}`, sentences: sumScores(s), baseline: sumScores(b), footnotes: sumScores(f) });
    }
  }
  return rows;
}

export function formatAlignment(rows: AlignEvalRow[]): string {
  const head = `${'variant'.padEnd(34)} pair    sentences P / R / F1      baseline F1  footnotes F1   (* both versions damaged)`;
  return [
    head,
    ...rows.map((r) =>
      `${r.variant.padEnd(34)} ${r.pair.padEnd(6)}  ${f(r.sentences.precision)} / ${f(r.sentences.recall)} / ${f(r.sentences.f1)}   ${f(r.baseline.f1).padStart(8)}     ${f(r.footnotes.f1).padStart(8)}`,
    ),
  ].join('\n');
}

/**
 * The clean PDFs of a statement through the whole pipeline, aligned: each
 * sentence finds its manuscript place by its text, which gives the gold.
 */
export async function evaluatePdfAlignment(dir: string, terms: TermBase): Promise<AlignEvalRow[]> {
  const gold = async (lang: Lang) => {
    const path = join(dir, `${lang}.pdf`);
    const doc = await buildDocument(readSource(path, readFileSync(path)));
    const m = parseManuscript(readFileSync(join(dir, `${lang}.md`), 'utf8'));
    const places = new Map<string, string[]>();
    const byText = new Map<string, string[]>();
    m.blocks.forEach((b, k) => b.sentences.forEach((s, j) => byText.set(norm(s.text), [...(byText.get(norm(s.text)) ?? []), `b${k + 1}.${j + 1}`])));
    for (const s of doc.sentences) {
      const list = byText.get(norm(s.text));
      places.set(s.id, list && list.length ? [list.shift()!] : [`unmatched:${s.id}`]);
    }
    for (const f of doc.footnotes) places.set(`fn:${f.number}`, [`fn${f.number}`]);
    return { doc, places };
  };
  const docs = { en: await gold('en'), ru: await gold('ru'), kk: await gold('kk') };
  const pairs: Array<[Lang, Lang]> = [['en', 'ru'], ['en', 'kk'], ['ru', 'kk']];
  return pairs.map(([a, b]) => {
    const pair = alignPair(docs[a].doc, docs[b].doc, { terms });
    return {
      variant: 'clean PDFs, through the pipeline',
      pair: `${a}-${b}`,
      sentences: scoreSentenceLinks(pair, docs[a], docs[b]),
      baseline: scoreSentenceLinks(alignPair(docs[a].doc, docs[b].doc, { terms, anchorWeight: 0 }), docs[a], docs[b]),
      footnotes: scoreFootnoteLinks(pair, docs[a], docs[b]),
    };
  });
}

