/**
 * Paragraph breaks one language version shows and another hides.
 *
 * Text printed without blank lines between paragraphs hides where a
 * paragraph ended on a full line: the break and a sentence that ends inside
 * a paragraph look the same (the next line opens a sentence, and its first
 * word would not have fitted). The structure stage joins such lines. A
 * translation keeps the paragraphs but breaks its lines elsewhere, so the
 * same paragraph's last line is seldom full in every version.
 *
 * For each aligned link whose sentences open a paragraph on one side, the
 * other side's first sentence of the link opens one too, where it opens a
 * printed line (`opensLine`): only there can a break have gone unseen. A
 * sentence that starts inside a line stays where it is, whatever the other
 * side shows. Breaks are only added, never taken away.
 */
import type { Alignment, Document, Paragraph } from '../schema/index.ts';
import { diagnostic } from '../schema/index.ts';

const RULE = 'paragraph-from-translation';

/** Each version's sentences (by language) that another version says open a paragraph, with that version's language. */
export function hiddenBreaks(docs: Document[], alignment: Alignment): Map<string, Map<string, string>> {
  const byLang = new Map(docs.map((d) => [d.lang as string, d]));
  const opens = new Map<string, Map<string, string>>();
  const starts = new Map(docs.map((d) => [d.lang as string, new Set(d.paragraphs.map((p) => p.sentenceIds[0]))]));
  const canOpen = new Map(docs.map((d) => [d.lang as string, canOpenParagraph(d)]));
  // a version whose sentence there starts inside a printed line of a paragraph shows no break: it denies one
  const inLine = new Map(docs.map((d) => [d.lang as string, startsInsideLine(d)]));
  const denied = new Map<string, Set<string>>();
  const add = (into: Map<string, Map<string, string>>, lang: string, id: string, from: string): void => {
    const found = into.get(lang) ?? new Map<string, string>();
    if (!found.has(id)) found.set(id, from);
    into.set(lang, found);
  };
  const deny = (lang: string, id: string): void => {
    const found = denied.get(lang) ?? new Set<string>();
    found.add(id);
    denied.set(lang, found);
  };
  for (const pair of alignment.pairs) {
    const [la, lb] = pair.langs;
    if (!byLang.has(la) || !byLang.has(lb)) continue;
    for (const link of pair.links) {
      const [x, y] = [link.a[0], link.b[0]];
      if (x === undefined || y === undefined) continue;
      const [xOpens, yOpens] = [starts.get(la)!.has(x), starts.get(lb)!.has(y)];
      if (yOpens && !xOpens && canOpen.get(la)!.has(x)) add(opens, la, x, lb);
      if (xOpens && !yOpens && canOpen.get(lb)!.has(y)) add(opens, lb, y, la);
      if (inLine.get(lb)!.has(y)) deny(la, x);
      if (inLine.get(la)!.has(x)) deny(lb, y);
    }
  }
  for (const [lang, found] of opens) for (const id of found.keys()) if (denied.get(lang)?.has(id)) found.delete(id);
  return opens;
}

/** Sentences inside a running-text paragraph that start inside a printed line: no paragraph can open there. */
function startsInsideLine(doc: Document): Set<string> {
  const prose = new Map(doc.paragraphs.filter((p) => p.kind === 'paragraph').map((p) => [p.id, p.sentenceIds[0]]));
  return new Set(doc.sentences.filter((s) => s.opensLine === false && prose.has(s.paragraphId) && prose.get(s.paragraphId) !== s.id).map((s) => s.id));
}

/** Sentences inside a running-text paragraph that open a printed line. */
function canOpenParagraph(doc: Document): Set<string> {
  const prose = new Set(doc.paragraphs.filter((p) => p.kind === 'paragraph').map((p) => p.id));
  return new Set(doc.sentences.filter((s) => s.opensLine && prose.has(s.paragraphId)).map((s) => s.id));
}

/** The paragraphs with the given sentences' paragraphs opened before them (`open`) or joined to the one before (`join`), numbered again. */
function regroup(doc: Document, open: Set<string>, join: Set<string>): Document {
  const page = new Map(doc.sentences.map((s) => [s.id, s.page]));
  const paragraphs: Paragraph[] = [];
  const paragraphOf = new Map<string, string>();
  let current: Paragraph | null = null;
  for (const p of doc.paragraphs) {
    const first = p.sentenceIds[0];
    if (first === undefined || current === null || !join.has(first)) current = null;
    for (const [k, s] of p.sentenceIds.entries()) {
      if (current === null || (k > 0 && open.has(s))) {
        current = { ...p, id: `p${paragraphs.length + 1}`, page: k === 0 ? p.page : (page.get(s) ?? p.page), sentenceIds: [] };
        paragraphs.push(current);
      }
      current.sentenceIds.push(s);
      paragraphOf.set(s, current.id);
    }
    if (first === undefined) paragraphs.push({ ...p, id: `p${paragraphs.length + 1}` });
  }
  return { ...doc, paragraphs, sentences: doc.sentences.map((s) => ({ ...s, paragraphId: paragraphOf.get(s.id) ?? s.paragraphId })) };
}

/** The document as its own text has it: the breaks taken from other versions (an earlier run's) joined again. */
export function withoutTakenBreaks(doc: Document): Document {
  const taken = new Set(doc.diagnostics.flatMap((d) => (d.rule === RULE && d.place?.sentenceId ? [d.place.sentenceId] : [])));
  if (taken.size === 0) return doc;
  return { ...regroup(doc, new Set(), taken), diagnostics: doc.diagnostics.filter((d) => d.rule !== RULE) };
}

/** The document with a paragraph opened before each of the given sentences (each with the language that showed it). */
export function openParagraphs(doc: Document, before: Map<string, string>): Document {
  const inside = new Set(doc.paragraphs.flatMap((p) => p.sentenceIds.slice(1)));
  const opened = [...before.keys()].filter((s) => inside.has(s));
  if (opened.length === 0) return doc;
  const notes = opened.map((s) => diagnostic('align', RULE, 'info', `a paragraph opens here as in the ${before.get(s)} version: the line above ends a sentence at the margin, where this text shows no break`, { sentenceId: s }));
  const out = regroup(doc, new Set(opened), new Set());
  return { ...out, diagnostics: [...doc.diagnostics, ...notes] };
}

/**
 * Every version with the paragraph breaks the others show it hid (each
 * document unchanged where none). The documents are as their own text has
 * them (`withoutTakenBreaks`), and so is the alignment's input.
 */
export function agreeParagraphs(docs: Document[], alignment: Alignment): Document[] {
  const opens = hiddenBreaks(docs, alignment);
  return docs.map((d) => openParagraphs(d, opens.get(d.lang) ?? new Map()));
}
