/**
 * The endings Kazakh writes after a figure and a hyphen (`9-ы`, `15-інде`,
 * `2-еуі`, `48.1-бабы` has a word there instead): a case, a possessive, an
 * ordinal, a plural or a collective ending, and a possessive followed by a
 * case, each in its back- and front-vowel forms. Not words: a word list
 * weighs `і` as a lone letter and `ің` as a word, so a reading that hangs a
 * letter on the figure's ending rather than on the word before it needs
 * these to be weighed right (src/layout/fallback-letters.ts).
 */

/** The case endings, each form the harmony and the stem's last sound choose. */
const CASES = [
  // dative, locative, ablative, genitive, accusative, instrumental
  'ға', 'ге', 'қа', 'ке', 'на', 'не',
  'да', 'де', 'та', 'те', 'нда', 'нде',
  'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н',
  'мен', 'бен', 'пен',
  // the locative's adjective (`5-тегі`)
  'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі',
];
/** Third-person possessive, ordinal, collective (`екеуі`, `2-еуі`) and plural stems that a case may follow. */
const STEMS = ['ы', 'і', 'сы', 'сі', 'шы', 'ші', 'ншы', 'нші', 'еу', 'еуі', 'ау', 'ауы', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер'];
/** After a possessive the oblique cases take an `н` (`-ы` → `-ына`, `-ында`, `-ынан`, `-ын`). */
const AFTER_POSSESSIVE = ['на', 'не', 'нда', 'нде', 'нан', 'нен', 'ның', 'нің', 'н', 'мен', 'ндағы', 'ндегі'];
const possessive = (stem: string): boolean => /[ыі]$/.test(stem);

const ENDINGS: ReadonlySet<string> = new Set([
  ...CASES,
  ...STEMS,
  ...STEMS.flatMap((stem) => (possessive(stem) ? AFTER_POSSESSIVE : CASES).map((c) => stem + c)),
]);

/** Whether `letters`, after a figure's hyphen, is an ending Kazakh writes there. */
export const isNumberEnding = (letters: string): boolean => ENDINGS.has(letters.toLowerCase());
