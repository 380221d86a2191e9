#!/usr/bin/env node
// Expands a Hunspell dictionary once into the sorted list of every word form
// it accepts, for src/checks/word-list.ts: the Russian dictionary takes about
// 4 s and 300 MB to expand in nspell, in every process that checks spelling;
// the list loads in milliseconds and holds about 40 MB. Run by the build
// (scripts/build.mjs) into dist/spelling/<lang>.words. A dictionary with
// compound rules, input conversion, or forms flagged forbidden, keep-case or
// only-in-compound is refused: the list could not answer as nspell does, and
// the spelling check keeps nspell for it.
//
//   node scripts/expand-dictionary.mjs <dictionary package> <out file>
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const nspell = require('nspell');

/** The sorted forms, or the reason the dictionary cannot be a plain list. */
export async function expand(pkg) {
  const dict = (await import(pkg)).default; // resolved from this project's node_modules
  const speller = nspell({ aff: Buffer.from(dict.aff), dic: Buffer.from(dict.dic) });
  if (speller.compoundRules.length > 0) return { refused: 'it has compound rules' };
  if (speller.conversion.in.length > 0) return { refused: 'it converts its input' };
  const special = ['FORBIDDENWORD', 'KEEPCASE', 'ONLYINCOMPOUND', 'NEEDAFFIX'].map((f) => speller.flags[f]).filter(Boolean);
  const forms = [];
  for (const [form, codes] of Object.entries(speller.data)) {
    if (codes && special.some((c) => codes.includes(c))) return { refused: `the form "${form}" carries a flag that changes how it is looked up` };
    if (form.includes('\n')) continue;
    forms.push(form);
  }
  // sorted by UTF-8 bytes, as the list is searched (src/checks/word-list.ts)
  const utf8 = new TextEncoder();
  return { forms: forms.map((f) => [f, Buffer.from(utf8.encode(f))]).sort((a, b) => Buffer.compare(a[1], b[1])).map(([f]) => f) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [pkg, out] = process.argv.slice(2);
  if (!pkg || !out) {
    console.error('usage: node scripts/expand-dictionary.mjs <dictionary package> <out file>');
    process.exit(2);
  }
  const result = await expand(pkg);
  if (result.refused) {
    console.error(`${pkg}: not expanded (${result.refused}); the spelling check uses nspell for it`);
  } else {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${result.forms.join('\n')}\n`);
  }
}
