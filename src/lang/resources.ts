import type { DocumentKind, Lang } from '../schema/index.ts';
import type { NumberWords } from './numbers.ts';

/** A canonical section key and the heading wordings that name it, first match wins. */
export interface HeadingRule {
  key: string;
  pattern: RegExp;
}

/**
 * Everything language-specific the pipeline knows, as data. Each language has
 * one folder under `src/lang/`; no other folder holds a word list.
 */
export interface LangResources {
  lang: Lang;
  /** ISO 639-3 code franc reports */
  franc: 'eng' | 'rus' | 'kaz';
  /** ordered: the first rule whose pattern matches the lower-cased heading gives the key */
  headings: HeadingRule[];
  /** abbreviations that never end a sentence (lower case, without the final dot) */
  abbreviations: string[];
  /** abbreviations that end a sentence when a capital follows (`etc.`, `т.д.`) */
  sentenceFinalAbbreviations: string[];
  /** a page label at the end of a running header line or on its own (`стр. 9`) */
  pageLabel: RegExp;
  /** month names: index 0 is January; every inflected form that occurs in dates */
  months: string[][];
  /** first parts of compounds written with a hyphen, kept when a line breaks after them */
  compoundPrefixes: string[];
  /** second parts of compounds written with a hyphen (particles) */
  compoundSuffixes: string[];
  /** what a line-end hyphen is when nothing else tells: part of the word, or a break */
  keepLineEndHyphen: boolean;
  /** a word end made only of inflectional suffixes: a fragment that cannot stand after a hyphen as a word */
  suffixesOnly?: RegExp;
  /** case, plural and possessive endings a name takes, stripped to compare its forms (an agglutinative language's) */
  nameEndings?: string[];
  /** whole hyphenated word shapes of the language (`по-прежнему`) */
  hyphenatedForms: RegExp[];
  /**
   * first parts the language writes with a hyphen before any word (`vice-`,
   * `экс-`): a compound wherever the text breaks no words at its line ends,
   * and where it does, before a word it writes on its own (`ex-` / `president`,
   * not `ex-` / `amination`)
   */
  hyphenPrefixes: string[];
  /** a sentence declaring which language version is official: group 1 names the language */
  officialStatement: RegExp;
  /** language names as they appear in `officialStatement`, by stem */
  languageNames: Array<[stem: string, lang: Lang]>;
  /** a reference to a footnote in words; group 1 is its number */
  crossReference: RegExp;
  /** words an election-observation statement cannot do without (the institutions, elections, observers) */
  statementVocabulary: RegExp;
  /** number words, units, qualifiers and what makes a number an identifier */
  numbers: NumberWords;
  /** how numbers are written: decimal mark and thousands separator */
  numberFormat: { decimal: ',' | '.'; group: ' ' | ',' };
  /** the date written in the statement's dateline: returns [day, monthWord, year] groups */
  dateline: RegExp;
  /** order of the groups of `dateline`: which group is day, month and year */
  datelineOrder: { day: number; month: number; year: number };
  /** a title page's line that names the document (a report, a statement) */
  titleWords: RegExp;
  /** the genre a title names, first match wins */
  documentKinds: Array<[DocumentKind, RegExp]>;
}

/** Section keys that name a top-level part of a statement rather than a section inside one. */
export const TOP_LEVEL_KEYS = new Set([
  'summary',
  'preliminary-conclusions',
  'preliminary-findings',
  'conclusions',
  'recommendations',
  'mission-information',
]);
