import type { Claim } from '../schema/index.ts';

type Qualifier = NonNullable<Claim['qualifier']>;

/**
 * What a language says about quantities, as data for `src/claims/`. Patterns
 * match one lower-cased word (or, for phrases, the lower-cased text right
 * before or after a number).
 */
export interface NumberWords {
  /** whole number words in all their forms, with their values (`двое`, `семи`, `тоғыз`) */
  cardinals: Array<[RegExp, number]>;
  /** a word that multiplies the number words before it within a number (en `hundred`: two hundred and five) */
  hundred?: RegExp;
  /** a word that joins number words into one number (en `and`: one hundred and five) */
  connector?: RegExp;
  /** an article that stands for one before a multiplier (en `a thousand`) */
  article?: RegExp;
  /** "one" inside a compound number (двадцать один, жиырма бір), where it is a digit, not an article */
  oneInCompound?: RegExp;
  /** words that multiply what precedes them (`тысяч`, `million`, `мың`) */
  multipliers: Array<[RegExp, number]>;
  /** ordinal words and digit suffixes (`третьими`, `second`, `-й`, `-інші`) */
  ordinals: Array<[RegExp, number]>;
  /** a digit suffix after a hyphen that makes an ordinal (`5-й`, `13-ші`) */
  ordinalSuffix: RegExp;
  /** a digit suffix after a hyphen that is only a case ending (kk `400-ден`): the number stands as it is */
  caseSuffix?: RegExp;
  /** the word after a number that makes it a percentage */
  percent: RegExp;
  /** one word that is a number word and "per cent" at once (`семипроцентный`, `пятипроцентного`) */
  percentCompound?: Array<[RegExp, number]>;
  /** a percent word that makes an adjective (kk `пайыздық`): the percentage qualifies a noun, it counts nothing */
  percentAdjective?: RegExp;
  /** a word that qualifies the noun after it (kk `халықаралық`): the subject goes on to that noun */
  adjective?: RegExp;
  /** adjectives without an adjective ending (kk `ұзақ`, `қысқа`) that lead on to their noun */
  adjectiveWords?: Set<string>;
  /** a word in the possessive that continues a compound noun (kk `сайлау учаскесінің`) */
  possessive?: RegExp;
  /** the subject of a percentage only comes after this word (en `of`); without it the percentage qualifies what follows */
  percentOf?: RegExp;
  /** the word after two dates that makes them a range (kk `… -нан … -ға дейін`) */
  rangeAfter?: RegExp;
  /** the word after a number that makes the two a classifying adjective (kk `екі партиялы` "two-party") */
  classifier?: RegExp;
  /** currency words after a number, with ISO codes */
  currencies: Array<[RegExp, string]>;
  /** units of time after a number */
  durations: Array<[RegExp, string]>;
  /** words that make a year of the 4-digit number before them (`года`, `жылғы`) */
  yearWord: RegExp;
  /** qualifiers written before the number, matched against the text that ends right before it */
  qualifiersBefore: Array<[RegExp, Qualifier]>;
  /** qualifiers written after the number and its unit (kk `астам`, `дейін`) */
  qualifiersAfter: Array<[RegExp, Qualifier]>;
  /** a word between two numbers that makes a range (`до`, `по`, `to`, `and`) */
  rangeWord: RegExp;
  /** a number word with a unit written onto it (`пятилетний`): its value, and the unit word classify reads */
  unitCompounds?: Array<[RegExp, number, string]>;
  /** a fraction (`двух третей`, `үштен екісі`, `one third`): a number word with the word after it, or an ordinal with the word before it, lower-cased; no claim */
  fraction?: RegExp;
  /** a digit compound's unit part (`10-дневный`, `20 күндік`) as the unit word `durations` reads */
  unitSuffixes?: Array<[RegExp, string]>;
  /** words before a year that make it a time, not a cited document's name (`in 2007`) */
  timeBefore?: RegExp;
  /** the word after a year that makes it a time (kk `2007 жылы`) */
  timeAfter?: RegExp;
  /** an age: the words before the number (`aged`) or the word after it (kk `толған`); a duration in years */
  ageBefore?: RegExp;
  ageAfter?: RegExp;
  /** a range written with cases (kk `84-тен 91 пайызға`): the first number's ending and the second's */
  rangeFromCase?: RegExp;
  rangeToCase?: RegExp;
  /** a date range's joint and what follows it where the language says "between" after the dates (kk `16 мен 25 мамыр аралығында`) */
  betweenJoint?: RegExp;
  betweenAfter?: RegExp;
  /** the words before a number that make it the number of a cited paragraph, article, item or channel */
  identifierBefore: RegExp;
  /** the word after a number that makes it an identifier (`Канал`, `-бап`, `floor`) */
  identifierAfter: RegExp;
  /** a cited document's designation: a year next to it is part of the document's name */
  citedDocument: RegExp;
  /** a relative pronoun next to a number that counts a part of what was just counted (`22 of which`, `3 из которых`, `олардың 22-сі`) */
  relative: RegExp;
  /** a street word two words after a number: the number is a house number (`13 Imanov Street`) */
  addressAfter?: RegExp;
  /** a number is a part of something else (X of Y): the word between them */
  partOf: RegExp;
  /** words that end the subject of a count */
  stopWords: Set<string>;
  /** words skipped at the start of a subject (`the`, `these`) */
  subjectSkip: Set<string>;
}
