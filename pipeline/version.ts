import { readFileSync } from 'node:fs';

/** The pipeline's version, from package.json: part of every manifest and of the cache key. */
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
