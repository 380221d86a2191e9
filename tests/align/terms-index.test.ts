import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { TermBase, termNeedle, termPattern } from '../../src/align/terms.ts';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;

describe('the term base index', () => {
  it('finds, and spans, what trying every pattern finds, on every sentence and line of the corpus manuscripts', () => {
    const terms = TermBase.fromTsv(readFileSync(`${CORPUS}glossary.tsv`, 'utf8'));
    let texts = 0;
    let hits = 0;
    for (const d of readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const lang of ['en', 'ru', 'kk'] as const) {
        for (const text of readFileSync(`${CORPUS}${d.name}/${lang}.md`, 'utf8').split(/(?<=[.!?;:])\s+|\n/)) {
          const every = terms.terms
            .filter((t) => t.forms[lang])
            .filter((t) => {
              const { needle, fold } = termNeedle(t.forms[lang]);
              return (fold ? text.toLowerCase() : text).includes(needle) && termPattern(t.forms[lang]).test(text);
            })
            .map((t) => t.id);
          expect(terms.find(text, lang)).toEqual(every);
          // spans: each match of the look-behind pattern, widened to its whole last word
          for (const id of every) {
            const p = termPattern(terms.terms[id]!.forms[lang]);
            const reference = [...text.matchAll(new RegExp(`${p.source}\\p{L}*`, `${p.flags}g`))].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
            expect(terms.spans(text, lang, id)).toEqual(reference);
          }
          texts++;
          hits += every.length;
        }
      }
    }
    expect(texts).toBeGreaterThan(5000);
    expect(hits).toBeGreaterThan(5000);
  }, 60_000);
});

describe('term spans', () => {
  it('match a form with a hyphen standing as a word, and a text whose lower-cased form is longer, as the look-behind pattern does', () => {
    const terms = TermBase.fromTsv('en\tru\tkk\nKazakhstan - OSCE\tКазахстан - ОБСЕ\t\nelection commission\tизбирательная комиссия\t\n');
    expect(terms.spans('Kazakhstan - OSCE talks', 'en', 0).map((s) => s.text)).toEqual(['Kazakhstan - OSCE']);
    expect(terms.spans('The Kazakhstani -- OSCE talks', 'en', 0).map((s) => s.text)).toEqual(['Kazakhstani -- OSCE']);
    // İ lower-cases to two code units: the places of the lower-cased text are not the text's
    expect(terms.spans('İ: Election Commissions and the election commission.', 'en', 1).map((s) => s.text)).toEqual(['Election Commissions', 'election commission']);
  });
});
