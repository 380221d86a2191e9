#!/usr/bin/env node
// Expands a Hunspell dictionary once into the sorted list of every word form
// it accepts, for src/checks/word-list.ts: nspell takes about 4 s and 300 MB
// to expand the Russian dictionary, and 0.4 s for each English one, in every
// process that checks spelling; the list loads in milliseconds. Run by the
// build (scripts/build.mjs) into dist/spelling/<package>.words, with
// <package>.rules.json beside it for what a list cannot say by itself: the
// input conversions (English `’` → `'`), the compound rules (English ordinals,
// `21st`) and the forms allowed only inside a compound. A dictionary with forms
// flagged forbidden, keep-case or need-affix is refused: the spelling check
// keeps nspell for it.
//
//   node scripts/expand-dictionary.mjs <dictionary package> <out folder>
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const nspell = require('nspell');

/** The sorted forms and the rules beside them, or the reason the dictionary cannot be a list. */
export async function expand(pkg) {
  const dict = (await import(pkg)).default; // resolved from this project's node_modules
  const speller = nspell({ aff: Buffer.from(dict.aff), dic: Buffer.from(dict.dic) });
  const special = ['FORBIDDENWORD', 'KEEPCASE', 'NEEDAFFIX'].map((f) => speller.flags[f]).filter(Boolean);
  const onlyInCompound = speller.flags.ONLYINCOMPOUND;
  const forms = [];
  const compoundOnly = [];
  for (const [form, codes] of Object.entries(speller.data)) {
    if (codes && special.some((c) => codes.includes(c))) return { refused: `the form "${form}" carries a flag that changes how it is looked up` };
    if (form.includes('\n')) continue;
    if (onlyInCompound && codes?.includes(onlyInCompound)) compoundOnly.push(form);
    else forms.push(form);
  }
  // sorted by UTF-8 bytes, as the list is searched (src/checks/word-list.ts)
  const sorted = forms.map((f) => [f, Buffer.from(f, 'utf8')]).sort((a, b) => Buffer.compare(a[1], b[1])).map(([f]) => f);
  const rules = {
    conversion: speller.conversion.in.map(([re, to]) => [re.source, re.flags, to]),
    compoundMin: speller.flags.COMPOUNDMIN ?? null, // nspell tries no compound without it
    compoundRules: speller.compoundRules.map((re) => [re.source, re.flags]),
    onlyInCompound: compoundOnly.sort(),
  };
  return { forms: sorted, rules };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [pkg, out] = process.argv.slice(2);
  if (!pkg || !out) {
    console.error('usage: node scripts/expand-dictionary.mjs <dictionary package> <out folder>');
    process.exit(2);
  }
  const result = await expand(pkg);
  if (result.refused) {
    console.error(`${pkg}: not expanded (${result.refused}); the spelling check uses nspell for it`);
  } else {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `${pkg}.words`), `${result.forms.join('\n')}\n`);
    writeFileSync(join(out, `${pkg}.rules.json`), `${JSON.stringify(result.rules)}\n`);
  }
}
