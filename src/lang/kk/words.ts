/**
 * Whether a word is a Kazakh word form (lower-cased inside): a Bloom filter of
 * Tesseract's Kazakh word list (generated: words.data.ts, by
 * scripts/kazakh-words.ts), so about one word in two hundred not in the list
 * is taken for one. Loaded by the modules that need it, never with the
 * language's other resources.
 */
import { bloomHas } from '../bloom.ts';
import { BITS, FILTER, HASHES } from './words.data.ts';

const filter = Buffer.from(FILTER, 'base64');

export const isKazakhWord = (word: string): boolean => bloomHas(filter, BITS, HASHES, word.toLowerCase());
