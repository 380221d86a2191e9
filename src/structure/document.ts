import type { Diagnostic, Footnote, Paragraph, Section, Sentence, Table, ZonedLine } from '../schema/index.ts';
import { diagnostic } from '../schema/index.ts';
import type { LangResources } from '../lang/index.ts';
import { monthOf } from '../lang/dates.ts';
import { buildBlocks, followsItem, isBullet, type Block } from './blocks.ts';
import { headingLevel, headingParts, headingText, sectionKey } from './headings.ts';
import { cellText, findTables, type CellPart } from './tables.ts';
import { listedHeadingsFromText, unlistedHeadingsAsText } from './contents-headings.ts';
import { headerCellsAsText } from './header-cells.ts';
import { tocEntries } from '../layout/title-page.ts';
import { noteLines } from '../layout/furniture.ts';
import { itemLabel, stripBullet } from './items.ts';
import { joinLines, wordEvidence } from './join.ts';
import { findMarkers, markerLikeNumbers, removeMarkers } from './markers.ts';
import { parseFootnotes } from './footnotes.ts';
import { splitSentences } from './sentences.ts';
import { crossReferences } from './crossrefs.ts';

export interface Structure {
  title: string | null;
  sections: Section[];
  tables: Table[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  footnotes: Footnote[];
  diagnostics: Diagnostic[];
  /** the table of contents' entries, read once here for the contents readings and the runner's match to sections */
  toc: Array<{ text: string; page: number }>;
  /** each unnumbered note's text, its lines joined as a paragraph's (the layout stage's notes, in order) */
  noteTexts: string[];
}

/**
 * How a printed line or a sentence opens, to tell a sentence that opens a
 * line: its first letters and digits (a marker never opens a line, and
 * joining a line may change its spaces and hyphens).
 */
const lineOpening = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 24);

/** A piece of body text that sentences are split from: a paragraph, a list item or a line of a line block. */
interface Unit {
  text: string;
  /** the openings of the unit's printed lines after its first (`lineOpening`) */
  lineOpenings: Set<string>;
  page: number;
  paragraph: number;
  /** a numbered or lettered item's label */
  label: string | null;
}

function listItems(block: Block): Array<{ lines: string[]; label: string | null }> {
  const items: Array<{ lines: string[]; label: string | null }> = [];
  // the line that opened the last item: `7. …` under `6. …` opens the next (blocks.ts, followsItem)
  let opened = '';
  for (const l of block.lines) {
    if ((isBullet(l.text) && !block.goesOn?.has(l)) || items.length === 0 || followsItem(l.text, opened)) {
      items.push({ lines: [stripBullet(l.text)], label: itemLabel(l.text) });
      opened = l.text;
    } else items[items.length - 1]!.lines.push(l.text);
  }
  return items;
}

/** The next letter of an alphabet: the subsection after `H` is `I`, whatever a Roman numeral would say. */
const nextLetter = (letter: string): string => String.fromCodePoint(letter.codePointAt(0)! + 1);

/**
 * The structure stage: zoned lines become sections, paragraphs, sentences and
 * footnotes, with every footnote marker linked to the sentence and offset where
 * it stood. `knows` is the language's spelling dictionary, where the runner
 * gave one: it weighs a line-end hyphen the document's own words leave open.
 */
export function buildStructure(lines: ZonedLine[], res: LangResources, knows?: (word: string) => boolean): Structure {
  const diagnostics: Diagnostic[] = [];
  const evidence = wordEvidence(lines.filter((l) => l.zone === 'body' || l.zone === 'footnote').map((l) => l.text), knows);
  const found = findTables(lines);
  // a cell's lines join as a paragraph's do (a compound's hyphen kept, a break's dropped); the words the
  // running text writes say where a word too long for its column was cut
  const prose = wordEvidence(found.lines.filter((l) => l.zone === 'body' || l.zone === 'footnote').map((l) => l.text));
  const known = (w: string): boolean => prose.words.has(w.toLowerCase());
  const cells = (rows: CellPart[][][]): string[][] => rows.map((r) => r.map((parts) => cellText(parts, (ls) => joinLines(ls, res, evidence), known)));
  let blocks = buildBlocks(found.lines);

  // the title: a heading-like block that opens the document, before any paragraph, unless the title page had it
  let title: string | null = null;
  const firstPara = blocks.findIndex((b) => b.kind !== 'heading');
  if (!lines.some((l) => l.zone === 'cover') && firstPara > 0 && blocks[0]!.page === 1) {
    title = headingText(blocks[0]!.lines.map((l) => l.text).join(' '));
    blocks = blocks.slice(1);
  }

  // a heading the table of contents does not list: a paragraph's first line; one it lists, hidden in a paragraph: a heading
  const toc = tocEntries(lines);
  blocks = unlistedHeadingsAsText(blocks, toc);
  blocks = listedHeadingsFromText(blocks, toc);
  // headings in a row with nothing between: a table's header cells, printed a cell a block
  blocks = headerCellsAsText(blocks);

  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const units: Unit[] = [];
  // where each block and table starts, for table captions and sections
  const tableAt = found.tables.map((t) => found.lines[t.start]!.no);
  const tables: Table[] = [];
  let nextTable = 0;
  let lastLetter: string | null = null;
  const placeTablesBefore = (no: number): void => {
    while (nextTable < found.tables.length && tableAt[nextTable]! < no) {
      const t = found.tables[nextTable]!;
      const section = sections[sections.length - 1];
      // the caption: a paragraph of one short piece right over the table, else its section's heading
      const lastBlock = blocks.filter((b) => b.lines[b.lines.length - 1]!.no < tableAt[nextTable]!).pop();
      const lastUnits = units.filter((u) => u.paragraph === paragraphs.length - 1);
      const caption = lastBlock && lastBlock.kind !== 'heading' && lastUnits.length === 1 && splitSentences(lastUnits[0]!.text, res).length === 1 ? lastUnits[0]!.text : (section?.heading ?? null);
      tables.push({ id: `t${tables.length + 1}`, page: t.page, caption, sectionId: section?.id ?? null, header: cells(t.header), rows: cells(t.rows), ...(t.unread ? { unread: true as const } : {}) });
      if (t.unread) {
        const message = `table t${tables.length} (page ${t.page}) was printed column after column and its rows cannot be put back: each printed line is a row of one cell, in the order printed`;
        diagnostics.push(diagnostic('structure', 'table-columns-unread', 'warning', message, { page: t.page }));
      }
      nextTable++;
    }
  };
  for (const block of blocks) {
    placeTablesBefore(block.lines[0]!.no);
    if (block.kind === 'heading') {
      const parts = headingParts(block.lines.map((l) => l.text).join(' '));
      // a single letter that goes on from the last subsection's letter is a letter, not a Roman numeral (H, I, J)
      const letter = parts.number && parts.number.length === 1 && lastLetter !== null && nextLetter(lastLetter) === parts.number;
      const heading = parts.text;
      const key = sectionKey(heading, res);
      const level = letter ? 2 : headingLevel(heading, key, false, parts.number);
      if (parts.number && /^\p{L}$/u.test(parts.number) && level === 2) lastLetter = parts.number;
      else if (level === 1) lastLetter = null;
      sections.push({ id: `sec${sections.length + 1}`, level, heading, number: parts.number, key, page: block.page });
      continue;
    }
    const p: Paragraph = {
      id: `p${paragraphs.length + 1}`,
      sectionId: sections[sections.length - 1]?.id ?? null,
      page: block.page,
      sentenceIds: [],
      kind: block.kind,
    };
    paragraphs.push(p);
    const texts =
      block.kind === 'list'
        ? listItems(block).map((item) => ({ text: joinLines(item.lines, res, evidence), label: item.label }))
        : block.kind === 'lines'
          ? block.lines.map((l) => ({ text: l.text, label: null }))
          : [{ text: joinLines(block.lines.map((l) => l.text), res, evidence), label: null }];
    const lineOpenings = new Set(block.lines.slice(1).map((l) => lineOpening(l.text)));
    for (const { text, label } of texts) units.push({ text, lineOpenings, page: block.page, paragraph: paragraphs.length - 1, label });
  }
  placeTablesBefore(Infinity);

  const drafts = parseFootnotes(lines, markerLikeNumbers(units.map((u) => u.text)));
  const numbers = drafts.map((d) => d.number);
  const markers = findMarkers(units.map((u) => u.text), numbers, (word) => monthOf(word, res) !== null);
  const refs = new Map<number, Array<{ sentenceId: string; offset: number }>>();

  const sentences: Sentence[] = [];
  units.forEach((unit, u) => {
    const { text, at } = removeMarkers(unit.text, markers[u]!);
    const spans = splitSentences(text, res);
    const taken = new Set<number>();
    spans.forEach((span, k) => {
      const id = `s${sentences.length + 1}`;
      // a marker right after a sentence's last character belongs to that sentence
      const inside = at.filter((m, k) => m.offset >= span.start && m.offset <= span.end && !taken.has(k) && taken.add(k));
      for (const m of inside) {
        const list = refs.get(m.number) ?? [];
        list.push({ sentenceId: id, offset: m.offset - span.start });
        refs.set(m.number, list);
      }
      const sentenceText = text.slice(span.start, span.end);
      sentences.push({
        id,
        paragraphId: paragraphs[unit.paragraph]!.id,
        text: sentenceText,
        footnoteRefs: inside.map((m) => m.number),
        page: unit.page,
        crossRefs: crossReferences(sentenceText, res),
        label: k === 0 ? unit.label : null,
        opensLine: k === 0 || unit.lineOpenings.has(lineOpening(sentenceText)),
      });
      paragraphs[unit.paragraph]!.sentenceIds.push(id);
    });
  });

  const footnotes: Footnote[] = drafts.map((d) => {
    const joined = joinLines(d.lines, res, evidence);
    const sentences = splitSentences(joined, res).map((s) => joined.slice(s.start, s.end));
    // sentences joined again, so a full stop that lost its space in extraction gets it back
    const text = sentences.join(' ');
    const fnRefs = refs.get(d.number) ?? [];
    if (fnRefs.length === 0) {
      diagnostics.push(diagnostic('structure', 'footnote-unreferenced', 'warning', `footnote ${d.number} has no marker in the body`, { footnote: d.number, page: d.page }));
    }
    return {
      number: d.number,
      text,
      page: d.page,
      refs: fnRefs,
      sentences,
      crossRefs: crossReferences(text, res),
    };
  });
  for (let i = 1; i < footnotes.length; i++) {
    const a = footnotes[i - 1]!.number;
    const b = footnotes[i]!.number;
    if (b !== a + 1) diagnostics.push(diagnostic('structure', 'footnote-gap', 'warning', `footnotes jump from ${a} to ${b}`, { footnote: b }));
  }
  const noteTexts = noteLines(lines).map((ls) => joinLines(ls, res, evidence));
  return { title, sections, tables, paragraphs, sentences, footnotes, diagnostics, toc, noteTexts };
}
