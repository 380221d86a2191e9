/**
 * The claims stage: every numeric claim of a document's sentences and
 * footnotes, as records of the output contract.
 */
import type { Claim, Document, Footnote, Sentence, Table } from '../schema/index.ts';
import type { LangResources } from '../lang/index.ts';
import { findAtoms, tokenize } from './atoms.ts';
import { classify, type ClaimDraft } from './classify.ts';

export type { ClaimDraft } from './classify.ts';
export { claimValueKey } from './key.ts';

const claimIndexes = new WeakMap<Document, Map<string | number, Claim[]>>();
/**
 * The claims of a sentence (by id) or a footnote (by number), in the
 * document's order; the index is built once a document. Claims of table
 * cells stand in neither. The lists are shared: callers must not change them.
 */
export function claimsIn(doc: Document, where: string | number): Claim[] {
  let index = claimIndexes.get(doc);
  if (!index) {
    index = new Map();
    for (const c of doc.claims) {
      const k = 'sentenceId' in c.where ? c.where.sentenceId : 'footnote' in c.where ? c.where.footnote : null;
      if (k !== null) index.set(k, [...(index.get(k) ?? []), c]);
    }
    claimIndexes.set(doc, index);
  }
  return index.get(where) ?? [];
}

/** A text with the words of some of its claims blanked out (same length, so offsets hold), each at its first place. */
export function withoutClaims(text: string, claims: Array<{ text: string }>): string {
  let out = text;
  for (const c of claims) {
    const at = out.indexOf(c.text);
    if (at >= 0) out = out.slice(0, at) + ' '.repeat(c.text.length) + out.slice(at + c.text.length);
  }
  return out;
}

/** The claims of one piece of text, with their places in it. */
export function claimsOfText(text: string, res: LangResources): ClaimDraft[] {
  const tokens = tokenize(text);
  return classify(text, tokens, findAtoms(text, tokens, res), res);
}

/**
 * The claims of a table cell. A cell that is a number alone takes its meaning
 * from its column: a share where the column's header says per cent, a count of
 * what the header names otherwise. A cell of words is read as text.
 */
export function claimsOfCell(text: string, column: string, res: LangResources, row = ''): ClaimDraft[] {
  const drafts = claimsOfText(text, res);
  if (!/^[\d\s.,\u00a0\u202f]+$/u.test(text.trim()) || drafts.length !== 1) return drafts;
  // a share where the column's header, or the row's, says per cent
  const says = (h: string): boolean => h.toLowerCase().split(/[\s()]+/).some((w) => w !== '' && (res.numbers.percent.test(w) || w === '%')) || /\bper\s*cent\b|\bpercent\b/i.test(h);
  const percent = says(column) || says(row);
  const d = drafts[0]!;
  return [{ ...d, kind: percent ? 'percent' : 'count', unit: percent ? 'percent' : null, qualifier: null, subject: column.trim() || null }];
}

export function extractClaims(sentences: Sentence[], footnotes: Footnote[], res: LangResources, tables: Table[] = []): Claim[] {
  const claims: Claim[] = [];
  const add = (drafts: ClaimDraft[], where: Claim['where']): void => {
    for (const { start: _s, end: _e, ...d } of drafts) claims.push({ id: `c${claims.length + 1}`, where, ...d });
  };
  for (const s of sentences) add(claimsOfText(s.text, res), { sentenceId: s.id });
  for (const f of footnotes) for (const s of f.sentences) add(claimsOfText(s, res), { footnote: f.number });
  for (const t of tables) {
    const head = t.header[t.header.length - 1] ?? [];
    [...t.header, ...t.rows].forEach((cells, row) => {
      if (row < t.header.length) return;
      cells.forEach((cell, col) => add(claimsOfCell(cell, head[col] ?? '', res, col > 0 ? (cells[0] ?? '') : ''), { cell: { table: t.id, row, col } }));
    });
  }
  return claims;
}
