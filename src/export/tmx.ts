/** TMX 1.4b: one <tu> per translation unit, one <tuv xml:lang> per language; footnotes are units of their own. */
import type { Lang } from '../schema/index.ts';
import type { TranslationUnit } from './units.ts';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export function toTmx(statementId: string, units: TranslationUnit[], srcLang: Lang, version: string): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="osce-pipeline" creationtoolversion="${escapeXml(version)}" segtype="sentence" o-tmf="osce-pipeline" adminlang="en" srclang="${srcLang}" datatype="plaintext">`,
    `    <prop type="x-statement">${escapeXml(statementId)}</prop>`,
    '  </header>',
    '  <body>',
  ];
  for (const u of units) {
    const langs = (Object.keys(u.segments) as Lang[]).sort((a, b) => (a === srcLang ? -1 : b === srcLang ? 1 : a.localeCompare(b)));
    if (langs.length < 2) continue;
    out.push(`    <tu tuid="${u.id}">`, `      <prop type="x-unit">${u.kind}</prop>`);
    for (const l of langs) out.push(`      <tuv xml:lang="${l}"><seg>${escapeXml(u.segments[l]!)}</seg></tuv>`);
    out.push('    </tu>');
  }
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}

/** Moses-style parallel text: one string per language, line n of each translating line n of the others. */
export function toParallelText(units: TranslationUnit[], langs: Lang[]): Record<string, string> {
  const complete = units.filter((u) => langs.every((l) => u.segments[l]));
  return Object.fromEntries(langs.map((l) => [l, complete.map((u) => u.segments[l]!.replace(/\s+/g, ' ')).join('\n') + '\n']));
}
