import type { LangResources } from '../lang/index.ts';

/** Words of a text, lower-cased, for evidence about hyphenated forms. */
export interface WordEvidence {
  /** words seen whole, hyphenated words included as written */
  words: Set<string>;
}

export function wordEvidence(texts: string[]): WordEvidence {
  const words = new Set<string>();
  for (const t of texts) {
    for (const w of t.toLowerCase().match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? []) words.add(w);
  }
  return { words };
}

const LAST_WORD = /([\p{L}\d]+(?:-[\p{L}\d]+)*)-$/u;
const FIRST_WORD = /^([\p{L}\d]+(?:-[\p{L}\d]+)*)/u;

/**
 * Whether a hyphen at the end of a line belongs to the word (a real compound:
 * `Северо-\nКазахстанской`, `веб-\nсайты`, `7-\nпроцентного`) or only breaks it
 * (`избира-\nтельных`). Evidence in order: a capital or digit around the hyphen,
 * the document's own spellings elsewhere, the language's compound parts;
 * otherwise it is a break.
 */
export function keepsHyphen(left: string, right: string, res: LangResources, evidence?: WordEvidence): boolean {
  if (/[\p{Lu}\d]$/u.test(left) || /^[\p{Lu}\d]/u.test(right)) return true;
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (evidence) {
    if (evidence.words.has(`${l}-${r}`)) return true;
    if (evidence.words.has(l + r)) return false;
  }
  if (res.compoundSuffixes.includes(r)) return true;
  if (res.hyphenatedForms.some((re) => re.test(`${l}-${r}`))) return true;
  const lastPart = l.split('-').pop()!;
  if (res.compoundPrefixes.includes(lastPart)) {
    // a short prefix is also a common first syllable (`re-ported`): keep it only when
    // the second part is a word the document uses on its own (`re-election`)
    if (lastPart.length >= 4) return true;
    return evidence?.words.has(r) ?? false;
  }
  return false;
}

/**
 * Joins the lines of one block into running text: wrapping undone, line-break
 * hyphenation repaired, soft hyphens dropped.
 */
export function joinLines(lines: string[], res: LangResources, evidence?: WordEvidence): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.replace(/\u00ad(?=\S)/g, '').trim();
    if (line === '') continue;
    if (text === '') {
      text = line;
      continue;
    }
    if (text.endsWith('\u00ad')) {
      text = text.slice(0, -1) + line;
      continue;
    }
    const lw = text.match(LAST_WORD);
    const rw = line.match(FIRST_WORD);
    if (lw && rw && /\p{L}/u.test(rw[1]![0]!)) {
      text = keepsHyphen(lw[1]!, rw[1]!, res, evidence) ? text + line : text.slice(0, -1) + line;
      continue;
    }
    text = `${text} ${line}`;
  }
  return text.replace(/ {2,}/g, ' ');
}
