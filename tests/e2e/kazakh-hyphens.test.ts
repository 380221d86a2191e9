/**
 * A Kazakh text whose tool drops the hyphens at its lines' ends (poppler's
 * default mode runs the two lines into one) weighs where the hyphen was with
 * the Kazakh word list (pipeline/graph.ts, hyphenLexicon), as a Russian one
 * does with its spelling dictionary: two listed words glued where the glued
 * form is not listed were two, written with their hyphen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/ingest/read.ts';
import { parseManuscript } from '../../src/gold/manuscript.ts';
import { scoreStructure } from '../../src/gold/score.ts';
import { buildDocument } from '../../pipeline/graph.ts';

const ROOT = new URL('../../', import.meta.url);

describe('a Kazakh text that drops line-end hyphens', () => {
  it('gets every sentence back, the hyphens weighed by the Kazakh words', async () => {
    const path = new URL('tests/fixtures/kz-2023-parliamentary-preliminary/kk.poppler.txt', ROOT).pathname;
    const doc = await buildDocument(readSource(path, readFileSync(path)));
    const gold = parseManuscript(readFileSync(new URL('corpus/kz-2023-parliamentary-preliminary/kk.md', ROOT), 'utf8'));
    expect(scoreStructure(doc, gold).sentences.f1).toBe(1);
  });
});
