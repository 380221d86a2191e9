import { describe, expect, it } from 'vitest';
import { pageSeparatorsToFormFeeds } from '../../src/layout/page-separators.ts';
import { textToLines } from '../../src/layout/text-lines.ts';

// a page's lines (eight at least stand between two page lines)
const body = (n: number): string[] => [`The text of page ${n} goes on here.`, ...Array.from({ length: 7 }, (_, k) => `Line ${k + 2} of page ${n}.`), `Its last line ${n}.`];
/** A page's lines as a form-feed text prints them: a form feed before the first. */
const fed = (n: number): string[] => body(n).map((l, k) => (k === 0 ? `\f${l}` : l));

describe('pageSeparatorsToFormFeeds', () => {
  it("turns a tool's page lines after each page into form feeds, the blank lines under them gone", () => {
    const raw = [...body(1), '', '-- 1 of 3 --', '', ...body(2), '', '-- 2 of 3 --', '', ...body(3), '', '-- 3 of 3 --', ''];
    expect(pageSeparatorsToFormFeeds(raw)).toEqual([...body(1), '', ...fed(2), '', ...fed(3), '']);
    const lines = textToLines(raw.join('\n'));
    expect(lines.filter((l) => l.pageStart).map((l) => l.page)).toEqual([2, 3]);
    expect(lines.some((l) => /of 3/.test(l.text))).toBe(false);
  });

  it('reads page lines numbered from 0, the number in brackets and a word after it', () => {
    const raw = [...body(1), '----------------Page (0) Break----------------', ...body(2), '----------------Page (1) Break----------------'];
    expect(pageSeparatorsToFormFeeds(raw)).toEqual([...body(1), ...fed(2)]);
  });

  it('reads page lines that stand before each page as opening it', () => {
    const raw = ['=== Page 1 ===', ...body(1), '=== Page 2 ===', ...body(2)];
    expect(pageSeparatorsToFormFeeds(raw)).toEqual([...body(1), ...fed(2)]);
  });

  it("leaves a PDF's own page labels, lines of numbers out of sequence and a lone one as they are", () => {
    const labels = [...body(1), 'Page 1 of 2', ...body(2), 'Page 2 of 2'];
    expect(pageSeparatorsToFormFeeds(labels)).toEqual(labels);
    const unordered = [...body(1), '-- 3 --', ...body(2), '-- 1 --'];
    expect(pageSeparatorsToFormFeeds(unordered)).toEqual(unordered);
    const lone = [...body(1), '-- 1 of 2 --', ...body(2)];
    expect(pageSeparatorsToFormFeeds(lone)).toEqual(lone);
  });

  it("leaves a list's labels alone: in brackets without the page's word, or lines a few lines apart", () => {
    const labels = ['(1)', 'The first recommendation.', '(2)', 'The second recommendation.', '(3)', 'The third.'];
    expect(pageSeparatorsToFormFeeds(labels)).toEqual(labels);
    const close = ['-- 1 --', 'The first recommendation.', '-- 2 --', 'The second recommendation.', '-- 3 --'];
    expect(pageSeparatorsToFormFeeds(close)).toEqual(close);
  });

  it('leaves a text with form feeds as it is', () => {
    const raw = [...body(1), '-- 1 of 2 --', '\fThe next page.', '-- 2 of 2 --'];
    expect(pageSeparatorsToFormFeeds(raw)).toEqual(raw);
  });
});
