import type { Diagnostic, Footnote, Paragraph, Section, Sentence, ZonedLine } from '../schema/index.ts';
import { diagnostic } from '../schema/index.ts';
import type { LangResources } from '../lang/index.ts';
import { buildBlocks, isBullet, type Block } from './blocks.ts';
import { headingLevel, headingText, sectionKey } from './headings.ts';
import { joinLines, wordEvidence } from './join.ts';
import { findMarkers, markerLikeNumbers, removeMarkers } from './markers.ts';
import { parseFootnotes } from './footnotes.ts';
import { splitSentences } from './sentences.ts';
import { crossReferences } from './crossrefs.ts';

export interface Structure {
  title: string | null;
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  footnotes: Footnote[];
  diagnostics: Diagnostic[];
}

/** A piece of body text that sentences are split from: a paragraph, a list item or a line of a line block. */
interface Unit {
  text: string;
  page: number;
  paragraph: number;
}

const stripBullet = (text: string): string => text.replace(/^(?:[•·▪◦●■□‣⁃\-–—]|\(?[a-zа-я]\)|\d{1,2}\))\s+/u, '');

function listItems(block: Block): string[][] {
  const items: string[][] = [];
  for (const l of block.lines) {
    if (isBullet(l.text) || items.length === 0) items.push([stripBullet(l.text)]);
    else items[items.length - 1]!.push(l.text);
  }
  return items;
}

/**
 * The structure stage: zoned lines become sections, paragraphs, sentences and
 * footnotes, with every footnote marker linked to the sentence and offset where
 * it stood.
 */
export function buildStructure(lines: ZonedLine[], res: LangResources): Structure {
  const diagnostics: Diagnostic[] = [];
  const evidence = wordEvidence(lines.filter((l) => l.zone === 'body' || l.zone === 'footnote').map((l) => l.text));
  let blocks = buildBlocks(lines);

  // the title: a heading-like block that opens the document, before any paragraph
  let title: string | null = null;
  const firstPara = blocks.findIndex((b) => b.kind !== 'heading');
  if (firstPara > 0 && blocks[0]!.page === 1) {
    title = headingText(blocks[0]!.lines.map((l) => l.text).join(' '));
    blocks = blocks.slice(1);
  }

  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const units: Unit[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const heading = headingText(block.lines.map((l) => l.text).join(' '));
      const key = sectionKey(heading, res);
      sections.push({ id: `sec${sections.length + 1}`, level: headingLevel(heading, key), heading, key, page: block.page });
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
        ? listItems(block).map((item) => joinLines(item, res, evidence))
        : block.kind === 'lines'
          ? block.lines.map((l) => l.text)
          : [joinLines(block.lines.map((l) => l.text), res, evidence)];
    for (const text of texts) units.push({ text, page: block.page, paragraph: paragraphs.length - 1 });
  }

  const drafts = parseFootnotes(lines, markerLikeNumbers(units.map((u) => u.text)));
  const numbers = drafts.map((d) => d.number);
  const markers = findMarkers(units.map((u) => u.text), numbers);
  const refs = new Map<number, Array<{ sentenceId: string; offset: number }>>();

  const sentences: Sentence[] = [];
  units.forEach((unit, u) => {
    const { text, at } = removeMarkers(unit.text, markers[u]!);
    const spans = splitSentences(text, res);
    const taken = new Set<number>();
    for (const span of spans) {
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
      });
      paragraphs[unit.paragraph]!.sentenceIds.push(id);
    }
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
  return { title, sections, paragraphs, sentences, footnotes, diagnostics };
}
