/**
 * The review page's content, before any HTML: columns for the versions
 * (official first), rows for aligned groups with headings as row breaks,
 * and every flag and claim attached to the piece of text it is about.
 */
import type { Alignment, Claim, Document, Flag, Lang, Severity, Table } from '../../schema/index.ts';
import { alignedGroups, type GroupKind } from '../units.ts';

export interface Piece {
  /** html id: `s-<lang>-<sentence id>` or `fn-<lang>-<number>` */
  id: string;
  /** the footnote number, for a footnote piece */
  footnote?: number;
  text: string;
  claims: Claim[];
  flags: Array<{ flag: Flag; quote: string }>;
  /** footnote references: where in the text, which footnote */
  refs: Array<{ offset: number; number: number }>;
}

export type Row =
  | { type: 'heading'; level: 1 | 2; cells: Array<string | null>; /** the row that opens the footnotes */ footnotes?: true }
  | { type: 'group'; kind: GroupKind; cells: Array<Piece[] | null> };

export interface Column {
  lang: Lang;
  official: boolean;
  title: string | null;
  source: string;
}

export interface ReviewModel {
  statementId: string;
  columns: Column[];
  rows: Row[];
  flags: Flag[];
  /** footnote texts by language and number, for reference tooltips */
  footnoteText: Map<string, string>;
  /** the versions' tables side by side: the n-th table of each column (null where a version has none) */
  tables: Array<Array<Table | null>>;
}

const LANG_ORDER: Lang[] = ['en', 'ru', 'kk'];
export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export function reviewModel(statementId: string, docs: Document[], alignment: Alignment | null, flags: Flag[]): ReviewModel {
  const ordered = [...docs].sort((a, b) => Number(b.official) - Number(a.official) || LANG_ORDER.indexOf(a.lang) - LANG_ORDER.indexOf(b.lang));
  const pieces = new Map<string, Piece>();
  for (const d of ordered) {
    const refs = new Map<string, Piece['refs']>();
    for (const f of d.footnotes) for (const r of f.refs) refs.set(r.sentenceId, [...(refs.get(r.sentenceId) ?? []), { offset: r.offset, number: f.number }]);
    for (const s of d.sentences) pieces.set(`${d.lang}:sentence:${s.id}`, { id: `s-${d.lang}-${s.id}`, text: s.text, claims: [], flags: [], refs: refs.get(s.id) ?? [] });
    for (const f of d.footnotes) pieces.set(`${d.lang}:footnote:${f.number}`, { id: `fn-${d.lang}-${f.number}`, footnote: f.number, text: f.text, claims: [], flags: [], refs: [] });
    for (const c of d.claims) {
      const key = 'sentenceId' in c.where ? `${d.lang}:sentence:${c.where.sentenceId}` : 'footnote' in c.where ? `${d.lang}:footnote:${c.where.footnote}` : `${d.lang}:table:${c.where.cell.table}`;
      pieces.get(key)?.claims.push(c);
    }
  }
  for (const flag of flags) {
    for (const w of flag.where) {
      const key = w.sentenceId !== undefined ? `${w.lang}:sentence:${w.sentenceId}` : w.footnote !== undefined ? `${w.lang}:footnote:${w.footnote}` : null;
      if (key) pieces.get(key)?.flags.push({ flag, quote: w.text });
    }
  }
  return {
    statementId,
    columns: ordered.map((d) => ({ lang: d.lang, official: d.official, title: d.title, source: d.source.path })),
    rows: rows(ordered, alignment, pieces),
    flags: [...flags].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)),
    footnoteText: new Map(ordered.flatMap((d) => d.footnotes.map((f) => [`${d.lang}:${f.number}`, f.text] as [string, string]))),
    tables: Array.from({ length: Math.max(0, ...ordered.map((d) => d.tables.length)) }, (_, k) => ordered.map((d) => d.tables[k] ?? null)),
  };
}

/** Group rows in the pivot's order, a heading row wherever the group's section changes. */
function rows(docs: Document[], alignment: Alignment | null, pieces: Map<string, Piece>): Row[] {
  const sectionOf = new Map<string, string | null>();
  for (const d of docs) {
    const para = new Map(d.paragraphs.map((p) => [p.id, p.sectionId]));
    for (const s of d.sentences) sectionOf.set(`${d.lang}:${s.id}`, para.get(s.paragraphId) ?? null);
  }
  const out: Row[] = [];
  let current: string | null = null;
  let inFootnotes = false;
  for (const g of alignedGroups(docs, alignment)) {
    if (g.kind === 'sentence') {
      const section = sectionKey(docs, g.members, sectionOf);
      if (section !== null && section !== current) out.push(headingRow(docs, alignment, g.members, sectionOf));
      if (section !== null) current = section;
    } else if (!inFootnotes) {
      inFootnotes = true;
      out.push({ type: 'heading', level: 1, cells: docs.map(() => null), footnotes: true });
    }
    out.push({ type: 'group', kind: g.kind, cells: docs.map((d) => g.members[d.lang]?.map((id) => pieces.get(`${d.lang}:${g.kind}:${id}`)!) ?? null) });
  }
  return out;
}

/**
 * The pivot's section of a group; a group the pivot has no part in (an
 * addition) stays in the section the rows are in.
 */
function sectionKey(docs: Document[], members: Partial<Record<Lang, string[]>>, sectionOf: Map<string, string | null>): string | null {
  const pivot = docs[0]!;
  const first = members[pivot.lang]?.[0];
  return first === undefined ? null : (sectionOf.get(`${pivot.lang}:${first}`) ?? null);
}

function headingRow(docs: Document[], alignment: Alignment | null, members: Partial<Record<Lang, string[]>>, sectionOf: Map<string, string | null>): Row {
  const lead = docs.find((d) => members[d.lang]?.length)!;
  const leadSection = sectionOf.get(`${lead.lang}:${members[lead.lang]![0]}`) ?? null;
  const cells = docs.map((d) => {
    let id: string | null | undefined = members[d.lang]?.length ? sectionOf.get(`${d.lang}:${members[d.lang]![0]}`) : undefined;
    if (id === undefined && leadSection !== null) {
      // a version with no sentence in this group: its section linked to the lead's
      for (const p of alignment?.pairs ?? []) {
        const [la, lb] = p.langs;
        const link = p.sections.find((s) => (la === lead.lang && lb === d.lang && s.a === leadSection) || (lb === lead.lang && la === d.lang && s.b === leadSection));
        if (link) id = la === d.lang ? link.a : link.b;
      }
    }
    return d.sections.find((s) => s.id === id)?.heading ?? null;
  });
  const level = lead.sections.find((s) => s.id === leadSection)?.level ?? 1;
  return { type: 'heading', level, cells };
}
