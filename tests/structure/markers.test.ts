import { describe, expect, it } from 'vitest';
import { findMarkers, removeMarkers } from '../../src/structure/markers.ts';

const strip = (texts: string[], numbers: number[]) => {
  const found = findMarkers(texts, numbers);
  return texts.map((t, i) => ({ ...removeMarkers(t, found[i]!), numbers: found[i]!.map((m) => m.number) }));
};

describe('footnote markers', () => {
  it('finds digits glued to a word or to punctuation', () => {
    const [a] = strip(['(нижней палаты Парламента).1 В качестве причины, к выборам.2 На данный момент партиям.3'], [1, 2, 3]);
    expect(a!.numbers).toEqual([1, 2, 3]);
    expect(a!.text).toBe('(нижней палаты Парламента). В качестве причины, к выборам. На данный момент партиям.');
    const [b] = strip(['16 декабря в г. Жанаозен30 произошло столкновение, органом,31 в то время'], [30, 31]);
    expect(b!.text).toBe('16 декабря в г. Жанаозен произошло столкновение, органом, в то время');
  });

  it('finds a marker printed after a space at the end of a paragraph', () => {
    const [a] = strip(['дала правящей партии явное преимущество. 39'], [39]);
    expect(a).toMatchObject({ text: 'дала правящей партии явное преимущество.', numbers: [39] });
  });

  it('finds a marker between a stop and the source\'s doubled stop, and leaves the same number as a count before it', () => {
    const [a, b] = strip(['были представлены на 46 процентах избирательных участков.', 'и регистрировать такие акты. 46. Такие случаи мешали'], [45, 46]);
    expect(a).toMatchObject({ numbers: [], text: 'были представлены на 46 процентах избирательных участков.' });
    expect(b).toMatchObject({ numbers: [46], text: 'и регистрировать такие акты.. Такие случаи мешали' });
  });

  it('takes the space a tool left between a marker and a stop after it (a line broken after the marker) out with the marker', () => {
    const [a] = strip(['the commissions refused to sign such reports.7 . Such cases hindered the work,8 , it was said.'], [7, 8]);
    expect(a).toMatchObject({ numbers: [7, 8], text: 'the commissions refused to sign such reports.. Such cases hindered the work,, it was said.' });
  });

  it('leaves real numbers alone', () => {
    const [a] = strip(['было зарегистрировано 9 305 106 избирателей в 2012 году, вброс (22 случая).45 Также.'], [45]);
    expect(a).toMatchObject({ numbers: [45], text: 'было зарегистрировано 9 305 106 избирателей в 2012 году, вброс (22 случая). Также.' });
    // even where the number is the one expected next, a decimal or a time is not a marker
    expect(strip(['Около 2,5 миллионов Евро, в 12:00 и 64,8% явка.'], [5, 8, 0])[0]!.numbers).toEqual([]);
  });

  it("finds a marker glued to a number's closing stop, only as the number expected next", () => {
    const [a, b] = strip(['group voting.23 Observers reported ballot box stuffing in 9 polling stations and multiple voting in 6.24 Counting', 'banned by a court decision in 2012.25'], [23, 24, 25]);
    expect(a).toMatchObject({ numbers: [23, 24], text: 'group voting. Observers reported ballot box stuffing in 9 polling stations and multiple voting in 6. Counting' });
    expect(b).toMatchObject({ numbers: [25], text: 'banned by a court decision in 2012.' });
    // a decimal before a lower-case word, or a number not expected next, stays
    expect(strip(['turnout was 77.2 per cent.1 Then 95.6 Voters'], [1, 2, 3])[0]).toMatchObject({ numbers: [1], text: 'turnout was 77.2 per cent. Then 95.6 Voters' });
  });

  it("leaves a number in mid-sentence (a date's day) to a later marker of the same number glued to its text", () => {
    const [a, b] = strip(['The new Criminal Code, in force since 1 January 2015, retains criminal liability.', 'The mission opened on 25 March 2015.1 It was headed by an ambassador.2'], [1, 2]);
    expect(a).toMatchObject({ numbers: [], text: 'The new Criminal Code, in force since 1 January 2015, retains criminal liability.' });
    expect(b!.numbers).toEqual([1, 2]);
  });

  it("takes a figure in mid-sentence before a month's name for a date's day, not for a spaced marker (`on 1 April`)", () => {
    const isMonth = (w: string) => /^(?:april|may|апрел)/i.test(w);
    const texts = ['By 1 April, the commission had registered all voters.', 'The President called the election for 26 April 1 after a joint appeal by both chambers.'];
    expect(findMarkers(texts, [1], isMonth).map((m) => m.map((x) => x.number))).toEqual([[], [1]]);
    expect(findMarkers(['По данным ЦИК, на 1 апреля были зарегистрированы', 'выборы на 26 апреля 1 после обращения'], [1], isMonth).map((m) => m.map((x) => x.number))).toEqual([[], [1]]);
  });

  it('accepts markers only in sequence, so a glued number out of place is text', () => {
    // "Article 7" glued after a bracket would be marker 7, but the document is at marker 2
    const texts = ['First claim.1 The law (Article 3).7 says so.', 'Second claim.2'];
    expect(findMarkers(texts, [1, 2, 3]).map((m) => m.map((x) => x.number))).toEqual([[1], [2]]);
  });

  it('en and kk markers', () => {
    expect(strip(['the Majilis (lower house).1 They cited', 'Мәжілісті (төменгі палата) тарату туралы.1 Олар'], [1, 2])
      .map((x) => x.numbers)).toEqual([[1], []]);
    expect(strip(['ЕҚЫҰ-ның міндеттемелеріне.12 Сонымен'], [12])[0]!.numbers).toEqual([12]);
  });

  it('reads Unicode superscript digits as markers', () => {
    expect(strip(['Парламента.¹² Далее'], [12])[0]).toMatchObject({ numbers: [12], text: 'Парламента. Далее' });
  });

  it('a missed marker costs its own reference and no other', () => {
    // a paragraph per footnote, its marker glued, spaced at a paragraph's end, or spaced before a number or in mid-sentence
    const forms = [
      (n: number) => `The commission met on several occasions.${n} Its sessions were open.`,
      (n: number) => `Observers noted delays in the delivery of materials. ${n}`,
      (n: number) => `Several parties complained,${n} while others did not.`,
      (n: number) => `The law was amended in the spring. ${n} 2 parties objected.`,
    ];
    const numbers = Array.from({ length: 46 }, (_, i) => i + 1);
    const texts = numbers.map((n) => forms[n % forms.length]!(n));
    expect(findMarkers(texts, numbers).flat().map((m) => m.number)).toEqual(numbers);
    for (const missing of numbers) {
      // the marker lost as a PDF-to-text tool may lose it: its digits gone
      const damaged = texts.map((t, i) => (i === missing - 1 ? t.replace(new RegExp(`\\s?${missing}(?!\\d)`), '') : t));
      const found = findMarkers(damaged, numbers).flat().map((m) => m.number);
      expect(found).toEqual(numbers.filter((n) => n !== missing));
    }
  });
  it('a marker read as another number costs only that reference', () => {
    const numbers = Array.from({ length: 20 }, (_, i) => i + 1);
    const texts = numbers.map((n) => `Candidates were registered in the district.${n === 7 ? 1 : n} Voting went on.`);
    const found = findMarkers(texts, numbers).flat().map((m) => m.number);
    expect(found.filter((n) => n !== 7)).toEqual(numbers.filter((n) => n !== 7));
  });
});
