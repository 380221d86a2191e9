/**
 * One case of the planted-defect evaluation (pipeline/eval-checks.ts), shown:
 * the alignment of the official version with the mutated translation around
 * some blocks, with each link's manuscript places, and (FLAGS=kind,...) the
 * flags the checks raise.
 *
 *   npx tsx scripts/planted-case.ts <corpus dir> <ru|kk> <seed> <kind|-> <form|-> [from-block to-block]
 *
 * Seed 0 with kind `-` is the clean manuscripts. W=<n> widens the texts shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManuscript } from '../src/gold/manuscript.ts';
import { documentOf, draftOf } from '../src/gold/damage.ts';
import { harmless, plant } from '../src/gold/mutate.ts';
import { extractClaims } from '../src/claims/index.ts';
import { resources } from '../src/lang/index.ts';
import { alignStatement } from '../src/align/statement.ts';
import { TermBase } from '../src/align/terms.ts';
import type { Lang } from '../src/schema/index.ts';
const [dir, lang, seedS, mut, variant, from, to] = process.argv.slice(2);
const seed = Number(seedS);
const terms = TermBase.fromTsv(readFileSync('corpus/glossary.tsv', 'utf8'));
const drafts: any = Object.fromEntries(['en', 'ru', 'kk'].map((l) => [l, draftOf(parseManuscript(readFileSync(join(dir!, `${l}.md`), 'utf8')))]));
let d = seed === 0 ? drafts[lang!] : harmless(drafts[lang!], seed * 31, lang as Lang);
if (mut !== '-') {
  const before = d;
  const p = plant(d, drafts.en, lang as Lang, mut as any, seed * 17 + (lang === 'kk' ? 5 : 0), variant)!;
  d = p.draft;
  const texts = (x: typeof d) => x.blocks.flatMap((b: any) => b.units.map((u: any) => u.text));
  const was = new Set(texts(before));
  console.log('PLANTED', JSON.stringify(p.planted), texts(d).filter((t: string) => !was.has(t)).map((t: string) => t.slice(0, Number(process.env.W ?? 110))));
}
const docs = (['en', 'ru', 'kk'] as Lang[]).map((l) => { const g = documentOf(l === lang ? d : drafts[l], l, 'mutation'); g.doc.claims = extractClaims(g.doc.sentences, g.doc.footnotes, resources(l)); return g; });
const al = alignStatement('mutation', docs.map((g) => g.doc), { terms });
const pair = al.pairs.find((p) => p.langs[0] === 'en' && p.langs[1] === lang)!;
const A = docs[0]!, B = docs.find((g) => g.doc.lang === lang)!;
const pl = (g: any, id: string) => (g.places.get(id) ?? []).join('+');
for (const l of pair.links) {
  const pa = l.a.map((x: string) => pl(A, x)).join(',');
  if (from && !(l.a.concat(l.b).some((x: string) => { const p = pl(A, x) || pl(B, x); const m = /^b(\d+)/.exec(p); return m && +m[1]! >= +from && +m[1]! <= +to!; }))) continue;
  console.log(`${l.a.length}-${l.b.length} score ${l.score ?? ''} A[${pa}] B[${l.b.map((x: string) => pl(B, x)).join(',')}]`);
  for (const x of l.a) console.log(`   en ${A.doc.sentences.find((s: any) => s.id === x)!.text.length} ${A.doc.sentences.find((s: any) => s.id === x)!.text.slice(0, Number(process.env.W ?? 110))}`);
  for (const x of l.b) console.log(`   ${lang} ${B.doc.sentences.find((s: any) => s.id === x)!.text.length} ${B.doc.sentences.find((s: any) => s.id === x)!.text.slice(0, Number(process.env.W ?? 110))}`);
}
if (process.env.FLAGS) {
  const { runChecks } = await import('../src/checks/index.ts');
  for (const f of runChecks({ statementId: 'mutation', docs: docs.map((g) => g.doc), alignment: al, terms })) if (!process.env.FLAGS.length || process.env.FLAGS.split(',').includes(f.kind)) console.log('FLAG', f.kind, f.rule, JSON.stringify((f.evidence as any)?.lost ?? ''), f.where.map((w: any) => `${w.lang}:${pl(docs.find((g) => g.doc.lang === w.lang)!, w.sentenceId ?? '')}`).join(' '), f.message.slice(0, 150));
}
