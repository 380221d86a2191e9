/**
 * The statement stage alone (align, the paragraphs it agrees, the checks)
 * over every statement of a finished run, in one process: each round's
 * milliseconds and a hash of the alignments and flags, so that a change
 * meant to keep the output can be timed and shown to keep it. Each round
 * works on fresh copies of the Documents (the aligner keeps signals by
 * Document); answers kept by text (terms, words) carry over rounds, so the
 * first round of a fresh process is the one a worker's first statements
 * pay, compiling included.
 *
 *   npx osce run corpus --out /tmp/run --quiet
 *   npx tsx scripts/statement-stage.ts /tmp/run [rounds]
 *
 * How stop 57 compared commits: this file compiled as the CLI is
 * (`npx esbuild scripts/statement-stage.ts --bundle --platform=node
 * --format=esm --outfile=dist-h/stage.js` with the build's externals and
 * `--define:__OSCE_SOURCES__='"x"'`), one round a fresh process, the
 * commit before and after in alternation (`PER=1` prints each statement,
 * `ONLY=<id part>` takes some).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Document as DocumentSchema } from '../src/schema/index.ts';
import { alignStatement } from '../src/align/statement.ts';
import { agreeParagraphs, withoutTakenBreaks } from '../src/align/paragraphs.ts';
import { runChecks } from '../src/checks/index.ts';
import { glossary } from '../pipeline/tasks.ts';
import { spellersFor } from '../pipeline/spellers.ts';

const [out, roundsArg = '1'] = process.argv.slice(2);
if (!out) {
  console.error('usage: npx tsx scripts/statement-stage.ts <run output folder> [rounds]');
  process.exit(2);
}
const terms = await glossary();
terms.warm();
const spellers = await spellersFor(['en', 'ru', 'kk']);
const statements = readdirSync(join(out, 'statements'))
  .filter((id) => !process.env.ONLY || id.includes(process.env.ONLY))
  .map((id) => ({
    id,
    docs: readdirSync(join(out, 'statements', id))
      .filter((f) => /^(en|ru|kk)\.json$/.test(f))
      .map((f) => withoutTakenBreaks(DocumentSchema.parse(JSON.parse(readFileSync(join(out, 'statements', id, f), 'utf8'))))),
  }));
for (let r = 0; r < Number(roundsArg); r++) {
  let align = 0;
  let checks = 0;
  const hash = createHash('sha1');
  for (const s of statements) {
    const docs = s.docs.map((d) => structuredClone(d));
    let t = performance.now();
    const alignment = docs.length >= 2 ? alignStatement(s.id, docs, { terms }) : null;
    const agreed = alignment ? agreeParagraphs(docs, alignment) : docs;
    const a = performance.now() - t;
    t = performance.now();
    const flags = runChecks({ statementId: s.id, docs: agreed, alignment, terms, spellers });
    const c = performance.now() - t;
    align += a;
    checks += c;
    if (process.env.PER) console.log(`  ${s.id}: align ${a.toFixed(0)} ms, checks ${c.toFixed(0)} ms`);
    hash.update(JSON.stringify(alignment)).update(JSON.stringify(flags));
  }
  console.log(`round ${r}: ${statements.length} statements, align ${align.toFixed(0)} ms, checks ${checks.toFixed(0)} ms, output hash ${hash.digest('hex').slice(0, 12)}`);
}
