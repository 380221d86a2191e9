import { describe, expect, it } from 'vitest';
import { listedHeadingsFromText, unlistedHeadingsAsText } from '../../src/structure/contents-headings.ts';
import type { Block } from '../../src/structure/blocks.ts';
import type { ZonedLine } from '../../src/schema/index.ts';

const line = (text: string, zone: ZonedLine['zone'] = 'body'): ZonedLine => ({ text, page: 1, no: 1, indent: 0, blank: text === '', rawLength: text.length, pageStart: false, zone });
const block = (kind: Block['kind'], ...texts: string[]): Block => ({ kind, lines: texts.map((t) => line(t)), page: 1 });

const listed = ['I. INTRODUCTION', 'II. SUMMARY', 'III. FINDINGS', 'A. Background', 'B. Legal Framework', 'C. Election Administration'];
const toc = listed.map((text) => ({ text }));
const report = (unlisted: Block): Block[] => [
  ...listed.slice(0, 4).flatMap((h) => [block('heading', h), block('paragraph', 'The mission met the commission and the parties.')]),
  block('heading', listed[4]!),
  block('paragraph', 'The president is elected for five years and may serve two terms.5'),
  unlisted,
  block('paragraph', 'Acts of Parliament, the election law and the decisions of the commission.'),
  block('heading', listed[5]!),
  block('paragraph', 'The commission works in three tiers.'),
];

describe('unlistedHeadingsAsText', () => {
  it('reads a heading the table of contents does not list as the first line of the paragraph under it', () => {
    const out = unlistedHeadingsAsText(report(block('heading', 'The legal framework includes')), toc);
    expect(out.filter((b) => b.kind === 'heading').map((b) => b.lines[0]!.text)).toEqual(listed);
    expect(out.find((b) => b.lines[0]!.text === 'The legal framework includes')?.lines.map((l) => l.text)).toEqual([
      'The legal framework includes',
      'Acts of Parliament, the election law and the decisions of the commission.',
    ]);
  });

  it('keeps a heading that is numbered, in capitals or ends a sentence, and every heading where the contents is short', () => {
    for (const kept of ['D. Media', 'ANNEX', 'The framework was amended.']) {
      expect(unlistedHeadingsAsText(report(block('heading', kept)), toc).filter((b) => b.kind === 'heading')).toHaveLength(7);
    }
    expect(unlistedHeadingsAsText(report(block('heading', 'The legal framework includes')), toc.slice(0, 4)).filter((b) => b.kind === 'heading')).toHaveLength(7);
  });

  it('keeps it where no paragraph follows, or where the contents names few of the headings found', () => {
    const blocks = report(block('heading', 'The legal framework includes'));
    const k = blocks.findIndex((b) => b.lines[0]!.text === 'The legal framework includes');
    blocks[k + 1] = block('list', '• the Constitution;');
    expect(unlistedHeadingsAsText(blocks, toc).filter((b) => b.kind === 'heading')).toHaveLength(7);
    // a PDF's heading, read off its type
    const pdf = report(block('heading', 'The legal framework includes')).map((b) => ({ ...b, lines: b.lines.map((l) => ({ ...l, geometry: { x: 57, y: 500, width: 200, height: 12, size: 12, bold: true } })) }));
    expect(unlistedHeadingsAsText(pdf, toc).filter((b) => b.kind === 'heading')).toHaveLength(7);
    const other = ['Contents of another report', 'Part one', 'Part two', 'Part three', 'Part four'].map((text) => ({ text }));
    expect(unlistedHeadingsAsText(report(block('heading', 'The legal framework includes')), other).filter((b) => b.kind === 'heading')).toHaveLength(7);
  });
});

describe('a heading the contents does not list, in the structure stage', () => {
  it('goes on the paragraph under it as its first line', async () => {
    const { buildStructure } = await import('../../src/structure/document.ts');
    const { resources } = await import('../../src/lang/index.ts');
    const contents = listed.map((h, k) => line(`${h} ${'.'.repeat(40 - h.length)} ${k + 2}`, 'toc'));
    const body = report(block('heading', 'The legal framework includes')).flatMap((b) => [...b.lines, line('')]);
    const s = buildStructure([line('Observers were deployed to the regions.'), line(''), ...contents, line(''), ...body], resources('en'));
    expect(s.sections.map((x) => x.heading)).not.toContain('The legal framework includes');
    expect(s.sentences.map((x) => x.text)).toContain('The legal framework includes Acts of Parliament, the election law and the decisions of the commission.');
  });
});

describe('listedHeadingsFromText', () => {
  const heads = (bs: Block[]) => bs.filter((b) => b.kind === 'heading').map((b) => b.lines.map((l) => l.text).join(' '));
  const texts = (bs: Block[]) => bs.map((b) => [b.kind, b.lines.map((l) => l.text)]);
  // a report whose heading `B. Legal Framework` the text ran into the paragraph over it
  const hidden = (lines: string[]): Block[] => [
    block('heading', 'I. INTRODUCTION'),
    block('paragraph', ...lines),
    block('heading', 'C. Election Administration'),
  ];

  it("parts a paragraph at a line that says a heading the contents lists and no heading block has", () => {
    const out = listedHeadingsFromText(hidden(['The mission met the commission and the parties, as it does in each of the', 'regions it visits.', 'B. Legal Framework', 'The president is elected for five years.']), toc);
    expect(texts(out)).toEqual([
      ['heading', ['I. INTRODUCTION']],
      ['paragraph', ['The mission met the commission and the parties, as it does in each of the', 'regions it visits.']],
      ['heading', ['B. Legal Framework']],
      ['paragraph', ['The president is elected for five years.']],
      ['heading', ['C. Election Administration']],
    ]);
    // its number left out by the text, or the paragraph's first line
    expect(heads(listedHeadingsFromText(hidden(['Legal Framework', 'The president is elected for five years.']), toc))).toEqual(['I. INTRODUCTION', 'Legal Framework', 'C. Election Administration']);
  });

  it('leaves a heading the text has, a line that ends a sentence, a heading the contents does not list and a PDF alone', () => {
    const found = [...hidden(['Legal framework', 'The president is elected for five years.']), block('heading', 'B. Legal Framework')];
    expect(listedHeadingsFromText(found, toc)).toEqual(found);
    for (const lines of [['The law names it:', 'Legal Framework.', 'It is long.'], ['Observers', 'The president is elected for five years.']]) {
      expect(listedHeadingsFromText(hidden(lines), toc)).toEqual(hidden(lines));
    }
    const pdf = hidden(['Legal Framework', 'The president is elected for five years.']).map((b) => ({ ...b, lines: b.lines.map((l) => ({ ...l, geometry: { x: 57, y: 500, width: 200, height: 12, size: 12, bold: false } })) }));
    expect(listedHeadingsFromText(pdf, toc)).toEqual(pdf);
    expect(listedHeadingsFromText(hidden(['Legal Framework', 'The president is elected for five years.']), [])).toHaveLength(3);
  });
});

describe('a heading the contents lists, hidden in a paragraph, in the structure stage', () => {
  it('is a section of its own', async () => {
    const { buildStructure } = await import('../../src/structure/document.ts');
    const { resources } = await import('../../src/lang/index.ts');
    const contents = listed.map((h, k) => line(`${h} ${'.'.repeat(40 - h.length)} ${k + 2}`, 'toc'));
    const body = [
      ...listed.slice(0, 4).flatMap((h) => [h, '', 'The mission met the commission and the parties.', '']),
      'The mission met the commission and the parties, as it does in each of the',
      'regions it visits.',
      'B. Legal Framework',
      'The president is elected for five years.',
      '',
      listed[5]!,
      '',
      'The commission works in three tiers.',
    ].map((t) => line(t));
    const s = buildStructure([line('Observers were deployed to the regions.'), line(''), ...contents, line(''), ...body], resources('en'));
    expect(s.sections.map((x) => x.heading)).toContain('Legal Framework');
  });
});
