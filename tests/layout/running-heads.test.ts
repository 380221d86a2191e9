import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { needsRunningHeadPages, pagesFromRunningHeads } from '../../src/layout/running-heads.ts';

const body = (page: number) => Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of the text on page ${page} goes on here.`);

describe('pages from running heads or feet', () => {
  it('starts a page at each running head (the same line but its digits), a whole page following the last one', () => {
    const text = [...body(1), ...[2, 3, 4].flatMap((p) => ['Election Observation Mission', `Statement, Page:${p}`, ...body(p)])].join('\n');
    const lines = textToLines(text);
    expect(needsRunningHeadPages(lines)).toBe(true);
    const paged = pagesFromRunningHeads(lines);
    expect(paged.filter((l) => l.pageStart).map((l) => l.text)).toEqual(['Election Observation Mission', 'Election Observation Mission', 'Election Observation Mission']);
    expect(paged.find((l) => l.text === 'Statement, Page:3')!.page).toBe(3);
    expect(paged.at(-1)!.page).toBe(4);
  });

  it("a title page's line that reads like one line of the running head opens no page", () => {
    const text = ['Office for Democratic Institutions', 'ELECTION OBSERVATION MISSION', 'FINAL REPORT', ...body(1), ...[2, 3, 4].flatMap((p) => ['Election Observation Mission', `Statement, Page:${p}`, ...body(p)])].join('\n');
    const paged = pagesFromRunningHeads(textToLines(text));
    expect(paged.filter((l) => l.pageStart)).toHaveLength(3);
    expect(paged.find((l) => l.text === 'FINAL REPORT')!.page).toBe(1);
  });

  it('starts a page at each running head where the last page is short, its few lines prose', () => {
    const text = [...body(1), ...[2, 3, 4].flatMap((p) => ['Election Observation Mission', `Statement, Page:${p}`, ...(p === 4 ? body(p).slice(0, 3) : body(p))])].join('\n');
    const paged = pagesFromRunningHeads(textToLines(text));
    expect(paged.filter((l) => l.pageStart).map((l) => l.text)).toEqual(['Election Observation Mission', 'Election Observation Mission', 'Election Observation Mission']);
    expect(paged.at(-1)!.page).toBe(4);
  });

  it("starts a page at each running head where the last page is a few short lines, no prose: the heads' page numbers tell", () => {
    const text = [...body(1), ...[2, 3, 4].flatMap((p) => ['Election Observation Mission', `Statement, Page:${p}`, ...(p === 4 ? ['Party Votes', 'Lake party 120', 'Hill party 98'] : body(p))])].join('\n');
    const paged = pagesFromRunningHeads(textToLines(text));
    expect(paged.filter((l) => l.pageStart).map((l) => l.text)).toEqual(['Election Observation Mission', 'Election Observation Mission', 'Election Observation Mission']);
    expect(paged.find((l) => l.text === 'Party Votes')!.page).toBe(4);
  });

  it('ends a page after each running foot, the last one being the last thing printed', () => {
    const text = [1, 2, 3, 4].flatMap((p) => [...body(p), '', `– ${p} –`]).join('\n');
    const paged = pagesFromRunningHeads(textToLines(text));
    expect(paged.filter((l) => l.pageStart).map((l) => l.text)).toEqual(['Line 1 of the text on page 2 goes on here.', 'Line 1 of the text on page 3 goes on here.', 'Line 1 of the text on page 4 goes on here.']);
    expect(paged.find((l) => l.text === '– 2 –')!.page).toBe(2);
  });

  it("ends a page after each running foot that numbers its page from 2 (the title page prints none, as with heads): the last foot is the last thing printed", () => {
    const text = [...body(1), ...[2, 3, 4].flatMap((p) => [...body(p), 'Election Observation Mission', `Statement, Page:${p}`])].join('\n');
    // (the title page and the next run on as one page: nothing parts them; the page labels number the pages later)
    const paged = pagesFromRunningHeads(textToLines(text));
    expect(paged.filter((l) => l.pageStart).map((l) => l.text)).toEqual(['Line 1 of the text on page 3 goes on here.', 'Line 1 of the text on page 4 goes on here.']);
  });

  it('finds running feet whose last page is a few lines long, its foot soon after the one before', () => {
    const text = [...body(1), ...[2, 3, 4, 5].flatMap((p) => [...(p === 5 ? body(p).slice(0, 3) : body(p)), 'Election Observation Mission', `Statement, Page:${p}`])].join('\n');
    const lines = textToLines(text);
    expect(needsRunningHeadPages(lines)).toBe(true);
    expect(pagesFromRunningHeads(lines).filter((l) => l.pageStart).map((l) => l.text)).toEqual([3, 4, 5].map((p) => `Line 1 of the text on page ${p} goes on here.`));
    // a line said three times, the last two on one page (a footnote's words again), is none
    const said = [...body(1), 'See paragraph 7 of the document, which', ...body(2), 'See paragraph 8 of the document, which', ...body(3).slice(0, 4), 'See paragraph 9 of the document, which', ...body(3).slice(4)];
    expect(needsRunningHeadPages(textToLines(said.join('\n')))).toBe(false);
  });

  it('is not wanted where form feeds mark the pages, or where nothing repeats', () => {
    expect(needsRunningHeadPages(textToLines([...body(1), '\fHeader', ...body(2)].join('\n')))).toBe(false);
    expect(needsRunningHeadPages(textToLines([1, 2, 3].flatMap(body).join('\n')))).toBe(false);
  });
});
