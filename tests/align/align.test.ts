import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDp } from '../../src/align/dp.ts';
import { TermBase } from '../../src/align/terms.ts';
import { groupDocuments } from '../../src/align/group.ts';
import { alignPair } from '../../src/align/pair.ts';
import { parseManuscript } from '../../src/gold/manuscript.ts';
import { damage, documentOf, draftOf } from '../../src/gold/damage.ts';
import { scoreFootnoteLinks, scoreSentenceLinks } from '../../src/gold/alignment.ts';
import { extractClaims } from '../../src/claims/index.ts';
import { resources } from '../../src/lang/index.ts';
import type { Lang } from '../../src/schema/index.ts';

const ROOT = new URL('../../', import.meta.url);
const terms = TermBase.fromTsv(readFileSync(new URL('corpus/glossary.tsv', ROOT), 'utf8'));
const draft = (lang: Lang) => draftOf(parseManuscript(readFileSync(new URL(`corpus/kz-2012-parliamentary/${lang}.md`, ROOT), 'utf8')));

describe('alignDp', () => {
  it('links equal lengths one to one', () => {
    expect(alignDp({ aLen: [100, 50, 80], bLen: [110, 55, 90] }).map((b) => [b.a, b.b])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
  });
  it('finds a merge by length', () => {
    expect(alignDp({ aLen: [100, 60, 60, 80], bLen: [110, 135, 90] }).map((b) => [b.a, b.b])).toEqual([[[0], [0]], [[1, 2], [1]], [[3], [2]]]);
  });
  it('anchors decide a dropped sentence that length alone misplaces', () => {
    // b lost a's second sentence; the anchors say which
    const anchors = { a: [['x'], ['y'], ['z']], b: [['x'], ['z']] };
    const run = (start: number, n: number): number[] => Array.from({ length: n }, (_, k) => start + k);
    const similarity = (i: number, di: number, j: number, dj: number) => {
      const sa = new Set(run(i, di).flatMap((k) => anchors.a[k]!));
      const sb = new Set(run(j, dj).flatMap((k) => anchors.b[k]!));
      const shared = [...sa].filter((x) => sb.has(x)).length;
      return (2 * shared) / (sa.size + sb.size);
    };
    const beads = alignDp({ aLen: [100, 100, 100], bLen: [100, 100], similarity });
    expect(beads.map((b) => [b.a, b.b])).toEqual([[[0], [0]], [[1], []], [[2], [1]]]);
    expect(alignDp({ aLen: [100, 100, 100], bLen: [100, 100], similarity, anchorWeight: 0 }).map((b) => [b.a, b.b])).not.toEqual(beads.map((b) => [b.a, b.b]));
  });
});

describe('TermBase', () => {
  it('finds institution names in their inflected forms in each language', () => {
    const cec = terms.terms.findIndex((t) => t.forms.en === 'CEC');
    expect(terms.find('ЦИК хорошо администрировала', 'ru')).toContain(cec);
    expect(terms.find('ОСК-ның жеті мүшесі', 'kk')).toContain(cec);
    expect(terms.find('The CEC announced', 'en')).toContain(cec);
    expect(terms.isName(cec)).toBe(true);
  });
});

describe('alignPair on the manuscripts', () => {
  const gold = Object.fromEntries((['en', 'ru', 'kk'] as Lang[]).map((l) => [l, documentOf(draft(l), l)]));
  it.each([['en', 'ru'], ['en', 'kk'], ['ru', 'kk']] as const)('%s-%s clean: every sentence and footnote right', (a, b) => {
    const pair = alignPair(gold[a]!.doc, gold[b]!.doc, { terms });
    expect(scoreSentenceLinks(pair, gold[a]!, gold[b]!).f1).toBe(1);
    expect(scoreFootnoteLinks(pair, gold[a]!, gold[b]!).f1).toBe(1);
  });
  it('links a short sentence the translation merged into a long neighbour as a 2-1, not as a dropped sentence', () => {
    // every place where a long sentence is followed by a short one, merged in turn
    const read = (lang: Lang) => draftOf(parseManuscript(readFileSync(new URL(`corpus/kz-2023-parliamentary-preliminary/${lang}.md`, ROOT), 'utf8')));
    const en = documentOf(read('en'), 'en');
    const kk = read('kk');
    let merges = 0;
    for (const block of kk.blocks) {
      for (let j = 0; j + 1 < block.units.length; j++) {
        const [x, y] = [block.units[j]!, block.units[j + 1]!];
        if (x.text.length < 250 || y.text.length > 120) continue;
        const merged = structuredClone(kk);
        const b = merged.blocks[kk.blocks.indexOf(block)]!;
        b.units.splice(j, 2, { text: `${x.text.replace(/\.$/, ';')} ${y.text}`, refs: [...x.refs, ...y.refs], places: [...x.places, ...y.places] });
        const damaged = documentOf(merged, 'kk');
        const pair = alignPair(en.doc, damaged.doc, { terms });
        expect(scoreSentenceLinks(pair, en, damaged).f1).toBe(1);
        merges++;
      }
    }
    expect(merges).toBeGreaterThan(0);
  });
  it.each([['en', 'ru'], ['en', 'kk'], ['ru', 'kk']] as const)('%s-%s damaged: F1 ≥ 0.97 and above the length-only baseline', (a, b) => {
    const damaged = documentOf(damage(draft(b), { merges: 6, splits: 6, drops: 5, paragraphDrops: 2, footnoteDrops: 2 }, 12), b);
    const anchored = scoreSentenceLinks(alignPair(gold[a]!.doc, damaged.doc, { terms }), gold[a]!, damaged);
    const baseline = scoreSentenceLinks(alignPair(gold[a]!.doc, damaged.doc, { terms, anchorWeight: 0 }), gold[a]!, damaged);
    expect(anchored.f1).toBeGreaterThanOrEqual(0.97);
    expect(anchored.f1).toBeGreaterThan(baseline.f1 + 0.01);
    expect(scoreFootnoteLinks(alignPair(gold[a]!.doc, damaged.doc, { terms }), gold[a]!, damaged).f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe('groupDocuments', () => {
  it('puts the versions of each statement together, whatever their order', () => {
    const docs = (['en', 'ru', 'kk'] as Lang[]).flatMap((l) => {
      const one = documentOf(draft(l), l, `first-${l}`).doc;
      // a second statement: the same text with other numbers and another date
      const other = draft(l);
      for (const b of other.blocks) for (const u of b.units) u.text = u.text.replace(/\d+/g, (d) => String(Number(d) * 3 + 7));
      const two = documentOf(other, l, `second-${l}`).doc;
      for (const d of [one, two]) d.claims = extractClaims(d.sentences, d.footnotes, resources(l));
      two.date = '2015-03-02';
      one.date = '2012-01-16';
      return [two, one];
    });
    const groups = groupDocuments(docs.reverse());
    expect(groups).toHaveLength(2);
    for (const g of groups) {
      expect(g.documents.map((d) => d.lang)).toEqual(['en', 'ru', 'kk']);
      expect(new Set(g.documents.map((d) => d.statementId.split('-')[0])).size).toBe(1);
    }
  });
  it('a lone version is a group of one', () => {
    const d = documentOf(draft('ru'), 'ru').doc;
    expect(groupDocuments([d])).toEqual([{ statementId: d.statementId, documents: [d] }]);
  });
});
