/**
 * What changed between two runs, record by record: per statement and
 * language, sections, sentences, footnotes, claims, alignment links and flags
 * added, removed or changed. Records are matched by content, not by id or
 * position, so one inserted sentence shows as one addition and not as every
 * later sentence changed; a removed and an added record that are nearly the
 * same text are one change.
 */
import type { Flag } from '../schema/index.ts';
import type { StatementRecords } from './records.ts';
import { wordDice } from '../lang/overlap.ts';

export type { StatementRecords };

export type RecordKind = 'section' | 'sentence' | 'footnote' | 'claim' | 'link' | 'flag';

export interface Change {
  statementId: string;
  /** the language, or the language pair of an alignment link */
  lang: string;
  kind: RecordKind;
  change: 'added' | 'removed' | 'changed';
  /** the record's text before and after */
  before?: string;
  after?: string;
  /** the text around it in the run where it is */
  context?: string;
}


interface Item {
  key: string;
  text: string;
  context?: string;
}

/** Records of one kind and language as comparable items: a key that says what it is, the text shown. */
function items(run: StatementRecords): Map<string, Item[]> {
  const out = new Map<string, Item[]>();
  const add = (lang: string, kind: RecordKind, item: Item) => out.set(`${lang}\t${kind}`, [...(out.get(`${lang}\t${kind}`) ?? []), item]);
  for (const d of run.docs) {
    const sentence = new Map(d.sentences.map((s) => [s.id, s.text]));
    for (const s of d.sections) add(d.lang, 'section', { key: `${s.level} ${s.heading}`, text: `${'#'.repeat(s.level)} ${s.heading}` });
    d.sentences.forEach((s, i) => {
      const refs = s.footnoteRefs.length ? ` [${s.footnoteRefs.join(',')}]` : '';
      add(d.lang, 'sentence', { key: s.text + refs, text: s.text + refs, ...(i > 0 ? { context: `after: ${d.sentences[i - 1]!.text}` } : {}) });
    });
    for (const f of d.footnotes) add(d.lang, 'footnote', { key: `${f.number} ${f.text}`, text: `${f.number}. ${f.text}` });
    for (const c of d.claims) {
      const where = 'sentenceId' in c.where ? (sentence.get(c.where.sentenceId) ?? '') : 'footnote' in c.where ? `footnote ${c.where.footnote}` : `table ${c.where.cell.table}, row ${c.where.cell.row + 1}, column ${c.where.cell.col + 1}`;
      const text = `«${c.text}» ${c.kind} ${JSON.stringify(c.value)}${c.unit ? ` ${c.unit}` : ''}${c.qualifier ? ` (${c.qualifier})` : ''}${c.subject ? ` of ${c.subject}` : ''}`;
      // keyed by what it claims, not by its sentence: an edit elsewhere in the sentence leaves the claim as it was
      add(d.lang, 'claim', { key: text, text, context: `in: ${where}` });
    }
  }
  const byLang = new Map(run.docs.map((d) => [d.lang, d]));
  const sentenceText = new Map(run.docs.map((d) => [d.lang as string, new Map(d.sentences.map((s) => [s.id, s.text]))]));
  const textOf = (lang: string, ids: string[]) => ids.map((id) => sentenceText.get(lang)?.get(id) ?? id).join(' ');
  for (const p of run.alignment?.pairs ?? []) {
    const [la, lb] = p.langs;
    for (const l of p.links) {
      const text = `${textOf(la, l.a) || '∅'}  ⟷  ${textOf(lb, l.b) || '∅'}`;
      add(`${la}-${lb}`, 'link', { key: text, text });
    }
  }
  const placeText = (w: Flag['where'][number]): string => {
    const doc = byLang.get(w.lang);
    const unit = w.sentenceId !== undefined ? sentenceText.get(w.lang)?.get(w.sentenceId) : doc?.footnotes.find((f) => f.number === w.footnote)?.text;
    return unit ?? w.text;
  };
  for (const f of run.flags) {
    const lang = [...new Set(f.where.map((w) => w.lang))].join('-');
    const text = `${f.severity} ${f.kind}: ${f.message}`;
    add(lang, 'flag', { key: `${text} @ ${f.where.map((w) => `${w.lang}:${w.text}`).join(' | ')}`, text, context: `at: ${f.where.map(placeText).join(' | ')}` });
  }
  return out;
}

/** Dice similarity of word bags: how alike two texts are, 0..1 (two texts without words are alike). */
const similar = (a: string, b: string): number => wordDice(a, b) ?? 1;

/** Multiset difference by key; then removed and added records that are nearly the same become changes. */
function compareItems(before: Item[], after: Item[]): Array<Omit<Change, 'statementId' | 'lang' | 'kind'>> {
  const left = new Map<string, number>();
  for (const i of after) left.set(i.key, (left.get(i.key) ?? 0) + 1);
  const removed: Item[] = [];
  for (const i of before) {
    const n = left.get(i.key) ?? 0;
    if (n > 0) left.set(i.key, n - 1);
    else removed.push(i);
  }
  const stay = new Map<string, number>();
  for (const i of before) stay.set(i.key, (stay.get(i.key) ?? 0) + 1);
  const added: Item[] = [];
  for (const i of after) {
    const n = stay.get(i.key) ?? 0;
    if (n > 0) stay.set(i.key, n - 1);
    else added.push(i);
  }
  const out: Array<Omit<Change, 'statementId' | 'lang' | 'kind'>> = [];
  const unmatched = new Set(added);
  for (const r of removed) {
    let best: Item | null = null;
    let score = 0.5; // below this, a removal and an addition are two things
    for (const a of unmatched) {
      const s = similar(r.text, a.text);
      if (s > score) [best, score] = [a, s];
    }
    if (best) {
      unmatched.delete(best);
      out.push({ change: 'changed', before: r.text, after: best.text, ...(best.context ? { context: best.context } : {}) });
    } else out.push({ change: 'removed', before: r.text, ...(r.context ? { context: r.context } : {}) });
  }
  for (const a of unmatched) out.push({ change: 'added', after: a.text, ...(a.context ? { context: a.context } : {}) });
  return out;
}

const KIND_ORDER: RecordKind[] = ['section', 'sentence', 'footnote', 'claim', 'link', 'flag'];

export function diffStatement(statementId: string, before: StatementRecords | null, after: StatementRecords | null): Change[] {
  const a = before ? items(before) : new Map<string, Item[]>();
  const b = after ? items(after) : new Map<string, Item[]>();
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => {
    const [lx, kx] = x.split('\t');
    const [ly, ky] = y.split('\t');
    return lx!.localeCompare(ly!) || KIND_ORDER.indexOf(kx as RecordKind) - KIND_ORDER.indexOf(ky as RecordKind);
  });
  return keys.flatMap((k) => {
    const [lang, kind] = k.split('\t') as [string, RecordKind];
    return compareItems(a.get(k) ?? [], b.get(k) ?? []).map((c) => ({ statementId, lang, kind, ...c }));
  });
}
