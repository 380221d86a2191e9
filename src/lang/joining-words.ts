/**
 * Words that join a phrase to what follows it: articles, prepositions,
 * conjunctions, auxiliaries. A short line that ends on one, over a full line,
 * is a sentence a tool broke early, not a heading over its text (a tool that
 * prints a page's chunks as it finds them breaks lines anywhere: `The` /
 * `Commission decided that …`). Kazakh puts its postpositions after the noun
 * (a heading may end on `туралы`), so only its conjunctions are here, and its
 * genitive endings (`GENITIVE_END`): a genitive qualifies the noun after it. The
 * scripts keep the languages' words apart, so one set serves a text of any
 * of them.
 */
const EN = [
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'upon', 'than', 'and', 'or', 'nor', 'but',
  'as', 'that', 'which', 'who', 'whose', 'whom', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'is', 'are', 'was', 'were',
  'be', 'been', 'has', 'have', 'had', 'not', 'between', 'during', 'under', 'within', 'without', 'against', 'among', 'including', 'such',
];
const RU = [
  'в', 'во', 'на', 'с', 'со', 'по', 'из', 'от', 'до', 'к', 'ко', 'за', 'для', 'при', 'о', 'об', 'обо', 'у', 'и', 'а', 'но', 'или', 'что',
  'чем', 'не', 'ни', 'же', 'через', 'без', 'под', 'над', 'между', 'перед', 'который', 'которые', 'которая', 'которое', 'которых', 'их', 'его', 'её',
];
const KK = ['және', 'немесе', 'бірақ', 'алайда', 'әрі', 'мен', 'бен', 'пен'];

const JOINING = new Set([...EN, ...RU, ...KK]);

/** A Kazakh genitive ending (`ДИАБ-тың`, `комиссиясының`): it qualifies a noun that follows, so no phrase ends on it. */
const GENITIVE_END = /[\p{L}-](?:ның|нің|дың|дің|тың|тің)\s*$/u;

/**
 * Whether a line ends on a word that joins it to the next: in lower case, or
 * capitalised as the line's only word (a sentence's first), or in a line set
 * all in capitals. A single capital letter is a label (`Annex A`).
 */
export function endsOnJoiningWord(text: string): boolean {
  if (GENITIVE_END.test(text)) return true;
  const last = /(\p{L}+)\s*$/u.exec(text);
  if (!last || !JOINING.has(last[1]!.toLowerCase())) return false;
  const word = last[1]!;
  if (word === word.toLowerCase()) return true;
  return word.length > 1 && (text.trim() === word || text === text.toUpperCase());
}
