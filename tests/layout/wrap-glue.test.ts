import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { wordsOf, wrapEvidence } from '../../src/layout/wrap-glue.ts';

describe('where inside two words run together a line ended (wrapEvidence)', () => {
  const at = (token: string, place: string): number => token.indexOf(place.replace('|', '')) + place.indexOf('|');
  const known = (text: string, knows?: (w: string) => boolean) => wordsOf(textToLines(text), knows);

  it('between a word ending as the text’s words end and one opening as they open, not before a suffix', () => {
    // an invented language whose words take the ending `dyng`, which opens none; `ereje…` opens several
    const k = known(
      'kaladyng audandyng zholdyng baspadyng emtihan ereje erejeler erejesi erkin kaladyng tildyng sandyng emtihan tolyq baspadyng erik',
    );
    const token = 'emtihandyngerejeleri';
    expect(wrapEvidence(token, at(token, 'emtihandyng|erejeleri'), k)).toBeGreaterThan(wrapEvidence(token, at(token, 'emtihan|dyngerejeleri'), k));
  });

  it('where the text writes the letters either side with a space between them, not only inside words', () => {
    // `ac` is written inside words (place, fact, …) as often as between them (a cat, a cup, …); `ll` only inside
    const k = known(
      'place fact each act pact race face lace space trace grace react tact back pack track lack rack sack tacit; ' +
        'a cat a cup a car a cab a cow a cod a cap a cot a cub a cut a can a cop a cue a cry a coin a cave a code a cage a cake a camp; ' +
        'college column protocol protocol legal legislation; all will call',
    );
    const token = 'acollegial';
    expect(wrapEvidence(token, at(token, 'a|collegial'), k)).toBeGreaterThan(wrapEvidence(token, at(token, 'acol|legial'), k));
  });

  it('of two places between words, where the text itself writes both words, not only the dictionary', () => {
    const dictionary = new Set(['swell', 'well', 'as']);
    const k = known('as it is, as well as a rule, as the well was dry, a a a', (w) => dictionary.has(w));
    const token = 'aswell';
    expect(wrapEvidence(token, at(token, 'as|well'), k)).toBeGreaterThan(wrapEvidence(token, at(token, 'a|swell'), k));
  });

  it('between two words the dictionary knows, run into one it does not, as plainly as between two the text writes, a short word too', () => {
    const dictionary = new Set(['on', 'owners', 'ow', 'ners']);
    const k = known('the party met the voters in the town and the villages', (w) => dictionary.has(w));
    const token = 'onowners';
    expect(wrapEvidence(token, at(token, 'on|owners'), k)).toBeGreaterThanOrEqual(2);
    expect(wrapEvidence(token, at(token, 'on|owners'), k)).toBeGreaterThan(wrapEvidence(token, at(token, 'onow|ners'), k));
  });

  it('after a compound’s hyphen, before a word; not before an acronym’s suffix', () => {
    const k = known('sites and pages, web pages, sites of the party, the ABC said; ABC-dyng kaladyng audandyng');
    const token = 'web-sites';
    expect(wrapEvidence(token, at(token, 'web-|sites'), k)).toBeGreaterThan(wrapEvidence(token, at(token, 'web-si|tes'), k));
    expect(wrapEvidence('ABC-dyng', 4, k)).toBeLessThan(0.5);
  });

  it('after a figure glued to a word rather than inside a range of figures', () => {
    const k = known('from 4 to 6 february, on 6 february');
    const token = '4–6february';
    expect(wrapEvidence(token, at(token, '4–6|february'), k)).toBeGreaterThan(wrapEvidence(token, at(token, '4–|6february'), k));
  });

  it('after a closing quotation mark glued to a word, not after a straight one that opens the token', () => {
    const k = known('observers from any private institutions, as the law says');
    expect(wrapEvidence('institutions"and', 13, k)).toBe(4);
    expect(wrapEvidence('"anyprivate', 1, k)).toBeLessThan(wrapEvidence('"anyprivate', 4, k));
  });

  it('nowhere inside a web address, and before a capitalised word after an acronym', () => {
    const k = known('the Convention and the Convention, see http://example.org and www.example.org');
    expect(wrapEvidence('http://example.org/page', 2, k)).toBe(0);
    const token = 'UNConvention';
    expect(wrapEvidence(token, at(token, 'UN|Convention'), k)).toBeGreaterThanOrEqual(3);
  });
});

describe('what a run-together text tells of its words (wordsOf)', () => {
  const at = (token: string, place: string): number => token.indexOf(place.replace('|', '')) + place.indexOf('|');

  it('counts tokens as written in the lines apart only: two words glued at two wraps are not written so', () => {
    const lines = textToLines('the cost of the vote\nthe end of the count\nmost ofthe votes were cast\nfor each ofthe parties');
    const glued = wrapEvidence('ofthe', at('ofthe', 'of|the'), wordsOf(lines, undefined, lines.slice(0, 2)));
    expect(glued).toBeGreaterThan(0);
    expect(wrapEvidence('ofthe', at('ofthe', 'of|the'), wordsOf(lines))).toBe(0);
  });

  it('reads a figure’s last three digits glued to the rest where the text spaces its figures’ thousands', () => {
    const spaced = wordsOf(textToLines('some 3 000 voters and 21 364 ballots in 2015'));
    expect(wrapEvidence('15000', 2, spaced)).toBeGreaterThanOrEqual(3);
    expect(wrapEvidence('1000-fold', 1, spaced)).toBeGreaterThanOrEqual(3);
    // a year is no figure with its thousands glued; nor is any figure where the text writes `21,364`
    expect(wrapEvidence('2015', 1, spaced)).toBe(0);
    expect(wrapEvidence('15000', 2, wordsOf(textToLines('some 3,000 voters and 21,364 ballots')))).toBe(0);
  });

  it('reads an acronym glued to a one-letter word the text writes alone, not to a two-letter capitalised one', () => {
    const k = wordsOf(textToLines('о правах и о выборах, но о ней; Но это так. ООН и ОБСЕ'));
    expect(wrapEvidence('ООНо', 3, k)).toBeGreaterThanOrEqual(3);
    expect(wrapEvidence('ООНо', 2, k)).toBeLessThan(wrapEvidence('ООНо', 3, k));
  });
});
