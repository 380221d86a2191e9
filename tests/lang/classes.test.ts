import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClassIndex, classConcepts, parseClasses } from '../../src/lang/classes.ts';
import { lexiconEntries, lexiconIndex } from '../../src/lang/lexicon.ts';
import { CLASSES_TSV, LEXICON_TSV } from '../../src/lang/lexicon.data.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('closed classes', () => {
  it('the generated data is the tables, and the tables pass their check', () => {
    expect(CLASSES_TSV).toBe(readFileSync(`${ROOT}src/lang/classes.tsv`, 'utf8'));
    expect(LEXICON_TSV).toBe(readFileSync(`${ROOT}src/lang/lexicon.tsv`, 'utf8'));
    const out = execFileSync(process.execPath, ['--import', 'tsx', `${ROOT}scripts/lexicon.ts`, 'check'], { encoding: 'utf8' });
    expect(out.match(/^ok: \d+ concepts/gm)).toHaveLength(2);
  });

  it('reads inflected forms, endings after a hyphen, and prefers the longer beginning', () => {
    const table = 'class\tid\ten\tru\tkk\ten_form\tru_form\tkk_form\nlegal-unit\tarticle\tarticle\tстать\tбап,бапт,бабы\tarticle\tстатья\tбап\nlegal-unit\tparagraph\tparagraph\tпункт\tтармақ,тармағ\tparagraph\tпункт\tтармақ\nlegal-unit\tsubparagraph\tsubparagraph\tподпункт\tтармақша\tsubparagraph\tподпункт\tтармақша\n';
    const kk = new ClassIndex(parseClasses(table), 'kk');
    expect(kk.mentions('Заңның 13-бабы мен 5-тармағына және 2-тармақшасына').map((m) => m.concept.id)).toEqual(['article', 'paragraph', 'subparagraph']);
    const ru = new ClassIndex(parseClasses(table), 'ru');
    const [m] = ru.mentions('согласно статьям закона');
    expect(m).toMatchObject({ start: 9, end: 16 });
  });

  it('every class has at least two members, and every concept all three languages', () => {
    const byClass = new Map<string, number>();
    for (const c of classConcepts()) {
      byClass.set(c.cls, (byClass.get(c.cls) ?? 0) + 1);
      for (const l of ['en', 'ru', 'kk'] as const) expect(c.stems[l].length).toBeGreaterThan(0);
    }
    for (const [, n] of byClass) expect(n).toBeGreaterThan(1);
  });

  it('the lexicon reads an ending after a hyphen as the classes do', () => {
    const odihr = lexiconEntries().find((e) => e.stems.kk.includes('диаб'))!.id;
    expect(lexiconIndex('kk').concepts('ДИАБ-тың әдіснамасына сәйкес').has(odihr)).toBe(true);
  });

  it("the lexicon reads Kazakh's chained endings after a short beginning, and no other language's", () => {
    const member = lexiconEntries().find((e) => e.stems.kk.includes('мүше'))!.id;
    expect(lexiconIndex('kk').concepts('жобалар мүшелерге алдын ала таратылды').has(member)).toBe(true);
    expect(lexiconIndex('kk').concepts('комиссия мүшелерінің').has(member)).toBe(true);
    // (a short Russian beginning still takes only short endings: `член` is not `членораздельно`)
    expect(lexiconIndex('ru').concepts('членораздельно').has(member)).toBe(false);
  });
});
