import { describe, expect, it } from 'vitest';
import { highlight, locate } from '../../src/export/review/highlight.ts';
import { reviewModel } from '../../src/export/review/model.ts';
import { reviewPage } from '../../src/export/review/page.ts';
import { alignedGroups, translationUnits } from '../../src/export/units.ts';
import type { Alignment, Flag, Lang } from '../../src/schema/index.ts';
import { doc } from '../helpers/documents.ts';

const en = doc('en', true, [['Background', ['One.', 'Two men.', 'Three.']], ['Media', ['Four <b>&.']]], [[1, 'A note.', 's2', 3]]);
const ru = doc('ru', false, [['Общие сведения', ['Раз.', 'Двое мужчин.', 'Лишнее.', 'Три.']], ['СМИ', ['Четыре <b>&.']]], [[1, 'Сноска.', 's2', 5]]);
const alignment: Alignment = {
  statementId: 'x',
  pairs: [{
    langs: ['en', 'ru'],
    sections: [{ a: 'h1', b: 'h1', key: null }, { a: 'h2', b: 'h2', key: null }],
    links: [{ a: ['s1'], b: ['s1'], score: 1 }, { a: ['s2'], b: ['s2'], score: 1 }, { a: [], b: ['s3'], score: 0 }, { a: ['s3'], b: ['s4'], score: 1 }, { a: ['s4'], b: ['s5'], score: 1 }],
    footnotes: [{ a: 1, b: 1, score: 1 }],
  }],
};
const flag = (id: string, lang: Lang, sentenceId: string, text: string, severity: Flag['severity'] = 'error'): Flag => ({
  id, statementId: 'x', kind: 'garbled', severity, where: [{ lang, sentenceId, text }], message: `bad ${text}`, evidence: {}, rule: 'checks/garbled',
});

describe('highlight', () => {
  it('escapes text and nests overlapping marks without crossing tags', () => {
    const html = highlight('a <b> c d', [
      { start: 0, end: 5, cls: 'flag', attrs: {}, anchor: 'f1' },
      { start: 2, end: 9, cls: 'claim', attrs: { title: 'x"y' } },
    ]);
    expect(html).toBe('<mark class="flag" id="f1" tabindex="-1">a </mark><mark class="claim" title="x&quot;y"><mark class="flag">&lt;b&gt;</mark></mark><mark class="claim" title="x&quot;y"> c d</mark>');
  });
  it('puts inserts at their offsets, also at the end', () => {
    expect(highlight('ab', [], [{ at: 1, html: '<sup>1</sup>' }, { at: 2, html: '<sup>2</sup>' }])).toBe('a<sup>1</sup>b<sup>2</sup>');
  });
  it('locates a quote, or each part of an elided one', () => {
    expect(locate('one two three four', 'two')).toEqual([[4, 7]]);
    expect(locate('one two three four', 'one … four')).toEqual([[0, 3], [14, 18]]);
    expect(locate('one two', 'nine')).toBeNull();
  });
});

describe('aligned groups', () => {
  it('hold every sentence once, an addition after the sentence before it', () => {
    const groups = alignedGroups([en, ru], alignment);
    expect(groups.map((g) => [g.members.en ?? [], g.members.ru ?? []])).toEqual([
      [['s1'], ['s1']], [['s2'], ['s2']], [[], ['s3']], [['s3'], ['s4']], [['s4'], ['s5']], [['1'], ['1']],
    ]);
  });
  it('translation units leave out groups with one language', () => {
    expect(translationUnits([en, ru], alignment).map((u) => u.id)).toEqual(['tu1', 'tu2', 'tu3', 'tu4', 'fn5']);
  });
});

describe('review model and page', () => {
  it('puts the official version first and headings where the section changes', () => {
    const m = reviewModel('x', [ru, en], alignment, []);
    expect(m.columns.map((c) => c.lang)).toEqual(['en', 'ru']);
    const shape = m.rows.map((r) => (r.type === 'heading' ? `H:${r.cells.join('|')}` : r.cells.map((c) => c?.map((p) => p.id).join('+') ?? '-').join('|')));
    expect(shape).toEqual([
      'H:Background|Общие сведения', 's-en-s1|s-ru-s1', 's-en-s2|s-ru-s2', '-|s-ru-s3', 's-en-s3|s-ru-s4',
      'H:Media|СМИ', 's-en-s4|s-ru-s5', 'H:|', 'fn-en-1|fn-ru-1',
    ]);
  });
  it('marks each flag where it is, once as a jump target, and lists it', () => {
    const flags = [flag('garbled-1', 'ru', 's2', 'мужчин'), flag('garbled-2', 'ru', 's5', 'not in the text', 'warning')];
    const html = reviewPage('x', [en, ru], alignment, flags, 'test');
    expect(html.match(/id="flag-garbled-1"/g)).toHaveLength(1);
    expect(html).toContain('data-flag="garbled-1" title="error · garbled: bad мужчин">мужчин</mark>');
    // a quote not found marks the whole sentence, escaped
    expect(html).toMatch(/<mark class="flag sev-warning" id="flag-garbled-2"[^>]*>Четыре &lt;b&gt;&amp;.<\/mark>/);
    expect(html).toContain('<a class="flag-link sev-error" href="#flag-garbled-1" data-flag="garbled-1">');
    expect(html).toContain('<sup class="fnref"><a href="#fn-ru-1" title="1. Сноска.">1</a></sup>');
    expect(html).toContain('no counterpart');
    expect(html).not.toMatch(/<script src|<link [^>]*href="http|@import/);
  });
  it('says of a table printed column after column that its cells stand as printed', () => {
    const table = { id: 't1', page: 1, caption: 'Results:', sectionId: null, header: [], rows: [['Votes'], ['120,400']] };
    expect(reviewPage('x', [{ ...ru, tables: [{ ...table, unread: true }] }], null, [], 'test')).toContain('<caption>Results: (printed column after column');
    expect(reviewPage('x', [{ ...ru, tables: [table] }], null, [], 'test')).toContain('<caption>Results:</caption>');
  });

  it('works for a single version with no alignment', () => {
    const html = reviewPage('x', [ru], null, [], 'test');
    expect(html).toContain('1 version ·');
    expect(html).toContain('Лишнее.');
    expect(html).toContain('No flags.');
  });
});
