import type { LangResources } from '../lang/index.ts';
import { endsInWebAddress } from '../lang/web.ts';

/**
 * What a document spells elsewhere, lower-cased: evidence about a hyphen at a
 * line end. The stems and prefixes are worked out the first time a hyphen asks
 * for them: most documents' lines seldom end in one, and a document's prefixes
 * are some ten a word.
 */
export class WordEvidence {
  private stems: Set<string> | null = null;
  private starts: Set<string> | null = null;

  private breaking: boolean | null = null;

  /**
   * words as written, hyphenated ones included; `ends`: each line-end hyphen's word and the word after it; `knows`:
   * the language's spelling dictionary, where the runner gave one
   */
  constructor(
    readonly words: Set<string>,
    private readonly ends: [string, string][] = [],
    private readonly lines = 0,
    readonly knows?: (word: string) => boolean,
  ) {}

  /**
   * Whether the document breaks words at its line ends: a line-end hyphen
   * joins into a word it writes whole elsewhere (`избира-` / `тельных`) at
   * least once, or its lines end in a hyphen too often for compounds alone
   * (a line in thirty). One that does neither wrote each hyphen as the word's
   * own.
   */
  get breaksWords(): boolean {
    if (this.breaking === null) {
      this.breaking = this.ends.length >= Math.max(3, this.lines * BREAKING_SHARE) || this.ends.some(([l, r]) => this.writesWhole(l, r));
    }
    return this.breaking;
  }

  /** Whether the document writes the word a line-end hyphen broke whole elsewhere, in any inflection: its first letters up to three past the break. */
  writesWhole(left: string, right: string): boolean {
    const last = left.split('-').pop()!;
    const joined = (last + right).slice(0, Math.min(12, Math.max(6, last.length + 3)));
    // (the beginnings kept are twelve letters long at most: past a left part that long they say nothing of the right)
    return this.words.has(left + right) || (joined.length >= 6 && joined.length > last.length && this.prefixes.has(joined));
  }

  /**
   * Whether the document writes a word beginning as the two halves do, one
   * letter past the break, seven letters at least: in a document that breaks
   * words at its line ends, a word in an inflection written nowhere else
   * (`двухлет-` / `него` beside `двухлетний`).
   */
  writesStem(left: string, right: string): boolean {
    const joined = left.split('-').pop()! + right;
    const stem = joined.slice(0, Math.min(12, joined.length - right.length + 1));
    return stem.length >= 7 && this.prefixes.has(stem);
  }

  /** hyphenated words cut to `left-ri` (four letters after the hyphen), so inflected forms count */
  get hyphenStems(): Set<string> {
    if (!this.stems) this.build();
    return this.stems!;
  }

  /** beginnings (4 to 12 letters) of the words written without a hyphen */
  get prefixes(): Set<string> {
    if (!this.starts) this.build();
    return this.starts!;
  }

  private build(): void {
    const hyphenStems = new Set<string>();
    const prefixes = new Set<string>();
    // from each distinct word once, not from each of its occurrences
    for (const w of this.words) {
      const parts = w.split('-');
      for (let i = 1; i < parts.length; i++) hyphenStems.add(`${parts[i - 1]}-${parts[i]!.slice(0, 4)}`);
      if (parts.length === 1) for (let n = 4; n <= Math.min(12, w.length); n++) prefixes.add(w.slice(0, n));
    }
    this.stems = hyphenStems;
    this.starts = prefixes;
  }
}

/** The word before a line-end hyphen, compounds whole. */
const LAST_WORD = /([\p{L}\d]+(?:-[\p{L}\d]+)*)-$/u;

/** How many of a document's lines end in a hyphen at least where it breaks words: compounds alone end far fewer. */
const BREAKING_SHARE = 1 / 30;

export function wordEvidence(texts: string[], knows?: (word: string) => boolean): WordEvidence {
  const words = new Set<string>();
  const ends: [string, string][] = [];
  let afterHyphen: string | null = null;
  for (const t of texts) {
    // the two halves of a word broken at a line end are what is being decided: leave them out
    let line = t.toLowerCase();
    if (afterHyphen !== null) {
      const first = /^\s*(\p{L}+)/u.exec(line)?.[1];
      if (first) ends.push([afterHyphen, first]);
      line = line.replace(/^\s*[\p{L}\d]+/u, '');
    }
    afterHyphen = /\p{L}-$/u.test(line) ? (LAST_WORD.exec(line)?.[1] ?? null) : null;
    if (line.endsWith('-')) line = line.replace(/(?<![\p{L}\d])[\p{L}\d]+-$/u, '');
    for (const w of line.match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? []) words.add(w);
  }
  return new WordEvidence(words, ends, texts.length, knows);
}

/**
 * The word a text ends in before its line-end hyphen, as LAST_WORD reads it.
 * A paragraph's text grows line by line, and the pattern, anchored at the
 * end, is tried from every position: only the tail is read, unless the word
 * runs into the cut.
 */
function lastWord(text: string): RegExpMatchArray | null {
  if (!text.endsWith('-')) return null;
  const tail = text.length > 200 ? text.slice(-200) : text;
  const m = tail.match(LAST_WORD);
  return m && m.index === 0 && tail !== text ? text.match(LAST_WORD) : m;
}
const FIRST_WORD = /^([\p{L}\d]+(?:-[\p{L}\d]+)*)/u;
/** A text ending in a word, a space and a hyphen. */
const APART_END = /(\p{L}+) -$/u;

/** Whether a web address's line-end hyphen broke a word of it (see joinLines): letters either side, the word written whole elsewhere. */
function brokeAddressWord(text: string, line: string, evidence?: WordEvidence): boolean {
  if (!evidence || !/\p{L}-$/u.test(text)) return false;
  const left = lastWord(text)?.[1]?.toLowerCase();
  const right = /^\p{L}+/u.exec(line)?.[0].toLowerCase();
  if (!left || !right) return false;
  const last = left.split('-').pop()!;
  return !evidence.hyphenStems.has(`${last}-${right.slice(0, 4)}`) && evidence.words.has(last + right);
}

/**
 * Whether a hyphen at the end of a line belongs to the word (a real compound:
 * `Северо-\nКазахстанской`, `веб-\nсайты`, `7-\nпроцентного`) or only breaks it
 * (`избира-\nтельных`). Evidence in order: a capital or digit around the hyphen,
 * the document's own spellings elsewhere (inflected forms count), the
 * language's compound parts, two parts that are words of their own; otherwise
 * the language's default (Kazakh writes many paired words with a hyphen).
 */
export function keepsHyphen(left: string, right: string, res: LangResources, evidence?: WordEvidence): boolean {
  if (/[\p{Lu}\d]$/u.test(left) || /^[\p{Lu}\d]/u.test(right)) return true;
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  const lastPart = l.split('-').pop()!;
  if (evidence) {
    if (evidence.words.has(`${l}-${r}`) || evidence.hyphenStems.has(`${lastPart}-${r.slice(0, 4)}`)) return true;
    if (evidence.writesWhole(l, r) || (evidence.breaksWords && evidence.writesStem(l, r))) return false;
  }
  // a compound going on past the break (`winner-` / `takes-all`): its hyphens are the compound's where the part
  // before the break is a word the text writes on its own, and not the start of one it writes whole (`inter-` /
  // `national-level`, `govern-` / `ment-run`)
  if (r.includes('-') && evidence?.words.has(lastPart) && !evidence.writesWhole(l, r.slice(0, r.indexOf('-')))) return true;
  if (res.compoundSuffixes.includes(r)) return true;
  // in a document that breaks words at its line ends, a short first syllable and the rest of a word the dictionary
  // knows whole were one word (`re-` / `funded`), though the rest ends as a compound's second part does
  // (not where the syllable ends in the vowel the rest opens with: `co-` / `operation`, `re-` / `election` keep it)
  const clash = /[aeiouаеиоуыэюяё]$/u.test(lastPart) && lastPart.slice(-1) === r[0];
  // (a prefix the language writes with a hyphen has its own test below: `non-` / `discrimination`)
  if (evidence?.breaksWords && evidence.knows && lastPart.length < 4 && !clash && !res.hyphenPrefixes.includes(lastPart) && evidence.knows(lastPart + r)) return false;
  if (res.hyphenatedForms.some((re) => re.test(`${lastPart}-${r}`))) return true;
  const rightIsWord = evidence?.prefixes.has(r.slice(0, Math.min(r.length, 8))) ?? false;
  // a short prefix is also a common first syllable (`re-ported`, `ex-amination`): in a document that breaks
  // words at its line ends, its hyphen is kept before a word the document writes on its own, and no other
  // (`ex-` / `president`, not `pre-` / `vent`); elsewhere, before one the document's words begin with
  const breaks = evidence?.breaksWords ?? false;
  const short = lastPart.length < 4;
  const standsAlone = evidence?.words.has(r) ?? false;
  // (and a prefix joins a word, not a syllable: `anti-` / `que` was `antique`, broken at the line's end)
  if (res.hyphenPrefixes.includes(lastPart)) return (!breaks || !short || standsAlone) && (rightIsWord || standsAlone || r.length >= 4);
  if (res.compoundPrefixes.includes(lastPart)) return !short || (breaks ? standsAlone : rightIsWord);
  // a compound of several words going on (`door-to-` / `door`, `face-to-` / `face`): its last part and the
  // word after the break are words the document writes on their own, and nothing writes them joined
  if (l.includes('-') && evidence?.words.has(lastPart) && evidence.words.has(r)) return true;
  // a document that never breaks a word at its line ends wrote the hyphen between a word it writes on its own and
  // one the dictionary knows, unless the dictionary knows them as one word (`in-` / `country`, though `in` is too
  // short for the tests of two words below; not `аки-` / `матами`, an old word the document never writes)
  if (!breaks && evidence?.knows && r.length >= 4 && evidence.knows(r) && evidence.words.has(lastPart) && !evidence.knows(lastPart + r)) return true;
  // (a document that never breaks a word at a line end wrote its hyphens: the test is for documents that do)
  if (r.length >= 3 && res.suffixesOnly?.test(r) && (evidence?.breaksWords ?? true)) return false;
  // a beginning that is no word, whose whole the dictionary knows, was broken at the line's end (`persis-` / `tent`,
  // though the document writes `persists` and words that begin `tent`)
  if (evidence?.knows && lastPart.length >= 3 && !evidence.knows(lastPart) && evidence.knows(lastPart + r)) return false;
  // two words the document uses on their own make a compound
  if (rightIsWord && r.length >= 4 && lastPart.length >= 3 && evidence?.prefixes.has(lastPart.slice(0, 12))) return true;
  // and where the document says nothing, two words the dictionary knows, which it does not know as one (`water-` /
  // `tight`, were it not a word: `paper-` / `thin`), make one; four letters each at least (a dictionary knows many
  // short pieces of words, old and rare words among them)
  if (evidence?.knows && lastPart.length >= 4 && r.length >= 4 && !evidence.knows(lastPart + r) && evidence.knows(lastPart) && evidence.knows(r)) return true;
  return res.keepLineEndHyphen;
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
    // a number broken at its hyphen (`+48-` / `603-683`) joins up without a space
    if (/\d-$/.test(text) && /^\d/.test(line)) {
      text += line;
      continue;
    }
    // a range broken after its dash (`17–` / `18 March`) joins up without a space
    if (/\d[–—]$/.test(text) && /^\d/.test(line)) {
      text += line;
      continue;
    }
    // (a tool that printed the layout's hyphen apart after the address's dot, `election. -` / `gov.kz`: the
    // hyphen is the layout's, as right after the dot)
    if (/[./] -$/.test(text) && endsInWebAddress(text.slice(0, -2)) && /^[\w./?=&%#~-]+/u.test(line) && !/^\p{Lu}/u.test(line)) {
      text = text.slice(0, -2) + line;
      continue;
    }
    // a web address breaks at its own hyphens and slashes: the hyphen stays, but for a layout that hyphenates
    // the address's words too, where the text writes the word whole and never with the hyphen (`…/reports/
    // ruri-` / `tania/…` in a text that writes `ruritania`)
    if (/[-/_.=&?]$/.test(text) && endsInWebAddress(text) && /^[\w./?=&%#~-]+[.,;:)]*$/u.test(line.split(' ')[0]!) && !/^\p{Lu}/u.test(line)) {
      // (a hyphen after the address's own dot or slash is the layout's: no address writes `.-`)
      text = brokeAddressWord(text, line, evidence) || /[./=&?]-$/.test(text) ? text.slice(0, -1) + line : text + line;
      continue;
    }
    // a line-end hyphen a tool printed apart from its word (`… inde -`), the word's rest coming only now (after a
    // page's foot, or a footnote's lines parted by the body's): back to its word where the document writes the
    // halves whole (layout/apart-hyphens.ts puts back those whose rest is the very next line)
    const apart = text.endsWith(' -') ? APART_END.exec(text.slice(-60)) : null;
    const rest = apart ? /^\p{Ll}+/u.exec(line) : null;
    if (apart && rest && evidence?.writesWhole(apart[1]!.toLowerCase(), rest[0])) text = `${text.slice(0, -2)}-`;
    const lw = lastWord(text);
    const rw = line.match(FIRST_WORD);
    if (lw && rw && /\p{L}/u.test(rw[1]![0]!)) {
      // the end of a numbered reference (`I.3.1.b-` / `тармағында`): an ending put after it with its hyphen, as after a figure
      const code = /\d\.\p{L}{1,2}-$/u.test(text.slice(-5));
      text = code || keepsHyphen(lw[1]!, rw[1]!, res, evidence) ? text + line : text.slice(0, -1) + line;
      continue;
    }
    text = `${text} ${line}`;
  }
  return text.replace(/ {2,}/g, ' ');
}
