import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sourcesDigest } from './sources-digest.js';

/** The pipeline's version, from package.json: part of every manifest. */
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** Set by scripts/build.mjs in dist/: the digest of the sources it compiled. */
declare const __OSCE_SOURCES__: string | undefined;

/**
 * What made a run's outputs, for the cache to key on: the version, the code
 * (its digest, fixed at build; read off the sources when they run through
 * tsx) and the glossary the checks read. A changed rule, table or glossary
 * never serves a cached result made without it, whatever the version says.
 */
export const CODE: string = (() => {
  const sources = typeof __OSCE_SOURCES__ === 'string' ? __OSCE_SOURCES__ : sourcesDigest(new URL('../', import.meta.url));
  const glossary = createHash('sha256').update(readFileSync(new URL('../corpus/glossary.tsv', import.meta.url))).digest('hex').slice(0, 16);
  return `${VERSION}+${sources}+${glossary}`;
})();
