import { describe, expect, it } from 'vitest';
import { droppedClause, foldedInto, linkedTheWrongOne, signalsOf } from '../../src/checks/clause.ts';

const fits = (usual: number) => (la: number, lb: number) => Math.abs(lb / la / usual - 1) <= 0.25;
const en = (text: string) => ({ text, lang: 'en' as const });
const ru = (text: string) => ({ text, lang: 'ru' as const });

describe('signalsOf', () => {
  it('reads numbers and the lexicon\'s concepts, not capitalised words (a title is translated, not transliterated)', () => {
    const s = [...signalsOf('The Supreme Court rejected 12 complaints of voters.', 'en')];
    expect(s).toContain('n:12');
    expect(s.some((x) => x.startsWith('lx:'))).toBe(true);
    expect(s.some((x) => x.startsWith('name:'))).toBe(false);
  });
});

describe('droppedClause', () => {
  const source = en('The commissions published all their decisions and the minutes of their sessions on the website, although the courts rejected every complaint of the voters.');
  it('names the clause whose signals the translation lacks', () => {
    const d = droppedClause(source, ru('Комиссии опубликовали все свои решения и протоколы своих заседаний на сайте.'), 1.05, fits(1.05));
    expect(d?.missing).toMatch(/^although the courts rejected/);
  });
  it('finds nothing when the translation speaks of both parts', () => {
    expect(droppedClause(source, ru('Комиссии публиковали решения и протоколы на сайте, хотя суды отклоняли жалобы избирателей.'), 1.05, fits(1.05))).toBeNull();
  });
  it('cuts at a word boundary where the translation stops short of a clause boundary the original lacks', () => {
    const s = en('In most polling stations the local officials were present without any clear role and appeared to monitor who came to vote and who did not.');
    const d = droppedClause(s, ru('На большинстве избирательных участков присутствовали местные должностные лица без четкой роли'), 1.05, fits(1.05));
    expect(d?.missing).toMatch(/monitor who came to vote/);
  });
});

describe('foldedInto and linkedTheWrongOne', () => {
  it('a sentence whose numbers turn up in the neighbour\'s translation may be folded into it; one whose numbers do not, may not', () => {
    const unit = en('Women make up 72 per cent of commission members and chair 61 per cent of commissions.');
    const beside = en('Lower-level commissions have seven members each.');
    expect(foldedInto(unit, beside, ru('Нижестоящие комиссии состоят из семи членов; женщины составляют 72 процента членов комиссий и возглавляют 61 процент из них.'))).toBe(true);
    expect(foldedInto(unit, beside, ru('Нижестоящие комиссии состоят из семи членов каждая.'))).toBe(false);
  });
  it('a unit left unlinked that says clearly more of the counterpart than the linked one is the translation', () => {
    const across = en('According to the CEC, 11,994,518 voters were registered, including 21,307 abroad.');
    const linked = ru('Выборы организовывали ЦИК и 20 областных комиссий.');
    const unlinked = ru('По данным ЦИК, было зарегистрировано 11 994 518 избирателей, в том числе 21 307 за рубежом.');
    expect(linkedTheWrongOne(unlinked, linked, across)).toBe(true);
    expect(linkedTheWrongOne(linked, unlinked, across)).toBe(false);
  });
});
