import { describe, expect, it } from 'vitest';
import { unlistedHeadingsAsText } from '../../src/structure/unlisted-headings.ts';
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
