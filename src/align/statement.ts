/** Every pair of a statement's versions aligned, the official version first in its pairs. */
import type { Alignment, Document } from '../schema/index.ts';
import { alignPair, type AlignOptions } from './pair.ts';

export function alignStatement(statementId: string, docs: Document[], options: AlignOptions = {}): Alignment {
  const ordered = [...docs].sort((x, y) => Number(y.official) - Number(x.official) || ['en', 'ru', 'kk'].indexOf(x.lang) - ['en', 'ru', 'kk'].indexOf(y.lang));
  const pairs = [];
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) pairs.push(alignPair(ordered[i]!, ordered[j]!, options));
  }
  return { statementId, pairs };
}
