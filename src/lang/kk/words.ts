/**
 * Whether a word is a Kazakh word form (lower-cased inside): a Bloom filter of
 * Tesseract's Kazakh word list (generated: words.data.ts, by
 * scripts/kazakh-words.ts), so about one word in two hundred not in the list
 * is taken for one; and whether Hunspell's Kazakh dictionary has the form too
 * (checked-words.data.ts, the same way). Loaded by the modules that need it,
 * never with the language's other resources.
 */
import { bloomHas } from '../bloom.ts';
import * as listed from './words.data.ts';
import * as checked from './checked-words.data.ts';

const filter = Buffer.from(listed.FILTER, 'base64');
const checkedFilter = Buffer.from(checked.FILTER, 'base64');

export const isKazakhWord = (word: string): boolean => bloomHas(filter, listed.BITS, listed.HASHES, word.toLowerCase());

/** A listed form Hunspell's dictionary accepts: a curated dictionary's word, not one a writer ran together. */
export const isCheckedKazakhWord = (word: string): boolean => {
  const w = word.toLowerCase();
  return bloomHas(checkedFilter, checked.BITS, checked.HASHES, w) && bloomHas(filter, listed.BITS, listed.HASHES, w);
};
