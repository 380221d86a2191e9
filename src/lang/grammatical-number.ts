/**
 * Grammatical number of a term as written, read against its base form (the
 * glossary's). Only what the endings tell for certain: a Russian adjective's
 * ending (`избирательные`, `избирательных` are plural; `избирательной`
 * singular), a noun's where it is unambiguous (`комиссиями`, `кандидатов`;
 * `кандидатом`), a Kazakh plural suffix after the stem (`комиссиялары`), an
 * English head noun with or without its `s`. Anything else (`комиссии`,
 * genitive singular or nominative plural) is null.
 *
 * Also the other number's nominative, for the planted-defect evaluation to
 * put a term in the wrong number.
 */
import type { Lang } from '../schema/index.ts';

export type GNumber = 'sg' | 'pl';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const other = (n: GNumber): GNumber => (n === 'sg' ? 'pl' : 'sg');

// ---- English ----------------------------------------------------------------------------------------------

const EN_HEAD_ENDS = new Set(['of', 'for', 'on', 'in', 'to', 'at', 'from']);
/** The head of an English term: its last word before a preposition (`state of emergency` → state). */
export function englishHead(form: string): number {
  const ws = words(form);
  const p = ws.findIndex((w, i) => i > 0 && EN_HEAD_ENDS.has(w.toLowerCase()));
  return (p < 0 ? ws.length : p) - 1;
}

const enPlural = (w: string): boolean => /(?<![su])s$/i.test(w) && !/(ss|is|us)$/i.test(w);

/** An English word written as its base or as its plural (`candidate`, `candidates`, `authority`/`authorities`). */
function englishNumber(written: string, base: string): GNumber | null {
  const w = written.toLowerCase().replace(/['’]s?$/, '');
  const b = base.toLowerCase();
  // a gerund (`ballot box stuffing`) is a mass noun: its singular says nothing of how many
  if (/ing$/.test(b)) return null;
  const baseN: GNumber = enPlural(b) ? 'pl' : 'sg';
  if (w === b) return baseN;
  if (baseN === 'sg' && (w === `${b}s` || w === `${b}es` || (b.endsWith('y') && w === `${b.slice(0, -1)}ies`))) return 'pl';
  if (baseN === 'pl' && (b === `${w}s` || b === `${w}es` || (b.endsWith('ies') && w === `${b.slice(0, -3)}y`))) return 'sg';
  return null;
}

// ---- Russian ------------------------------------------------------------------------------------------------

/** An adjective of a base form: its nominative endings (`-ие` only after a letter that takes и for ы: `удостоверение` is a noun). */
const RU_ADJ = /(ый|ий|ой|ая|яя|ое|ее|ые|[гкхжшщч]ие)$/;

/** Where a Russian base's head noun stands: its first word that is no adjective (-1 when every word is one). */
export const russianHeadIndex = (ws: string[]): number => ws.findIndex((w) => !RU_ADJ.test(w.toLowerCase()));

/** A noun stem as it is written before an ending: as is, and without a vowel that drops out (`список`, `списки`). */
export const russianStems = (stem: string): string[] => [stem, stem.replace(/[оеё](?=[кцл]$)/, '')];
const RU_ADJ_PL = ['ыми', 'ими', 'ые', 'ие', 'ых', 'их'];
const RU_ADJ_SG = ['ого', 'его', 'ому', 'ему', 'ом', 'ем', 'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ую', 'юю', 'ей', 'ою', 'ею'];

/** The number an adjective's ending tells; `-ым`, `-им` tell nothing (singular instrumental, plural dative). Checked longest first. */
function russianAdjective(w: string): GNumber | null {
  if (RU_ADJ_PL.some((e) => w.endsWith(e))) return 'pl';
  if (RU_ADJ_SG.some((e) => w.endsWith(e))) return 'sg';
  return null;
}

/** A noun's stem and the endings that tell each number, by the shape of its nominative singular. */
function russianParadigm(base: string): { stem: string; sg: string[]; pl: string[] } | null {
  const b = base.toLowerCase();
  if (/(ия|ие)$/.test(b)) return { stem: b.slice(0, -1), sg: [b.slice(-1), 'ю', 'ей', 'ем', 'ею'], pl: ['й', 'ям', 'ями', 'ях'] };
  if (/[ая]$/.test(b)) return { stem: b.slice(0, -1), sg: [b.slice(-1), 'у', 'ю', 'ой', 'ей', 'ою', 'ею', 'е'], pl: ['ам', 'ям', 'ами', 'ями', 'ах', 'ях'] };
  if (/тель$/.test(b)) return { stem: b.slice(0, -1), sg: ['ь', 'я', 'ю', 'ем', 'е'], pl: ['и', 'ей', 'ям', 'ями', 'ях'] };
  if (/[ьй]$/.test(b)) return { stem: b.slice(0, -1), sg: [b.slice(-1), 'ю', 'ем', 'е'], pl: ['ей', 'ев', 'ям', 'ями', 'ях'] };
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(b)) return { stem: b, sg: ['', 'у', 'ом', 'ем', 'е'], pl: ['ы', 'и', 'ов', 'ев', 'ей', 'ам', 'ами', 'ах'] };
  if (/[ое]$/.test(b)) return { stem: b.slice(0, -1), sg: [b.slice(-1), 'у', 'ю', 'ом', 'ем'], pl: ['ам', 'ям', 'ами', 'ями', 'ах', 'ях'] };
  return null;
}

function russianNoun(written: string, base: string): GNumber | null {
  const p = russianParadigm(base);
  const w = written.toLowerCase();
  if (!p) return null;
  const stem = russianStems(p.stem).find((x) => w.startsWith(x) && p.sg.concat(p.pl).includes(w.slice(x.length)));
  if (stem === undefined) return null;
  const end = w.slice(stem.length);
  const sg = p.sg.includes(end) && (stem === p.stem || end !== '');
  const pl = p.pl.includes(end);
  return sg === pl ? null : sg ? 'sg' : 'pl';
}

/** Endings that leave a noun's number open (`комиссии`, `кандидата`): still forms of it. */
const RU_OPEN = ['', 'а', 'я', 'ы', 'и', 'е', 'о'];

/**
 * Whether a Russian head word written is a form of the base's head noun at
 * all, not another word the term's stem also starts (`избирательном`, an
 * adjective, for `избиратель`, a voter).
 */
function russianNounForm(written: string, base: string): boolean {
  const p = russianParadigm(base);
  if (!p) return true;
  const w = written.toLowerCase();
  const endings = [...p.sg, ...p.pl, ...RU_OPEN];
  return russianStems(p.stem).some((x) => w.startsWith(x) && endings.includes(w.slice(x.length)));
}

/** The base's head: its first word that is no adjective; the adjectives before it agree with it. */
const russianHead = (ws: string[]): number => {
  const i = russianHeadIndex(ws);
  return i < 0 ? ws.length - 1 : i;
};

function russianNumber(written: string[], base: string[]): GNumber | null {
  const head = russianHead(base);
  const votes = new Set<GNumber>();
  for (let i = 0; i <= head && i < written.length; i++) {
    const n = i < head ? russianAdjective(written[i]!.toLowerCase()) : russianNoun(written[i]!, base[i]!);
    if (n) votes.add(n);
  }
  const baseN = russianAdjective(base[0]!.toLowerCase()) === 'pl' || /[ыи]$/.test(base[head]!) ? 'pl' : 'sg';
  // a noun read against a plural base reads its nominative plural's stem: trust only the adjectives then
  if (baseN === 'pl' && head > 0) {
    const adj = new Set(written.slice(0, head).map((w) => russianAdjective(w.toLowerCase())).filter((x): x is GNumber => x !== null));
    return adj.size === 1 ? [...adj][0]! : null;
  }
  return votes.size === 1 ? [...votes][0]! : null;
}

// ---- Kazakh -------------------------------------------------------------------------------------------------

const KK_PLURAL = /^(лар|лер|дар|дер|тар|тер)/;

const KK_VOWELS = 'аәоөұүыіеиуэюяё';
/** Where a word's plural suffix starts, after a stem of three letters at least; -1 when it has none. */
const pluralAt = (w: string): number => {
  const m = /(лар|лер|дар|дер|тар|тер)/.exec(w.slice(3));
  return m ? m.index + 3 : -1;
};
/** A compound's head ends in the possessive of the izafet (`комиссия-сы`, `тізім-і`), not in an agent suffix (`байқаушы`). */
const possessiveAt = (head: string, compound: boolean): number => {
  if (!compound || /ш[ыі]$/.test(head)) return -1;
  const m = new RegExp(`(?<=[${KK_VOWELS}])с[ыі]$|(?<=[^${KK_VOWELS}])[ыі]$`).exec(head);
  return m ? m.index : -1;
};
/** The stem of a Kazakh head as the glossary writes it: before its plural suffix or its possessive. */
function kazakhStem(head: string, compound: boolean): { stem: string; plural: boolean } {
  const p = pluralAt(head);
  if (p >= 0) return { stem: head.slice(0, p), plural: true };
  const s = possessiveAt(head, compound);
  return { stem: s >= 0 ? head.slice(0, s) : head, plural: false };
}

/** Whether the head (the last word: Kazakh puts it last) carries a plural suffix after the stem it shares with the base. */
function kazakhNumber(written: string[], base: string[]): GNumber | null {
  const w = written[written.length - 1]?.toLowerCase();
  if (!w || written.length !== base.length) return null;
  const { stem } = kazakhStem(base[base.length - 1]!.toLowerCase(), base.length > 1);
  let k = 0;
  while (k < w.length && k < stem.length && w[k] === stem[k]) k++;
  // a stem's last consonant may alternate (`куәлік`, `куәлігі`)
  if (k < 3 || k < stem.length - 1) return null;
  const rest = w.slice(stem.length);
  return KK_PLURAL.test(rest) ? 'pl' : 'sg';
}

/**
 * The number of a term as written (`written`: the words the term's pattern
 * matched, whole), against the term's base form in that language; null when
 * the endings leave it open.
 */
export function numberOf(written: string, base: string, lang: Lang): GNumber | null {
  const ws = words(written.replace(/[«»"“”]/g, ''));
  const bs = words(base.replace(/[«»"“”]/g, ''));
  if (ws.length === 0 || bs.length === 0) return null;
  if (lang === 'en') {
    const h = englishHead(base);
    return ws[h] ? englishNumber(ws[h]!.replace(/[^\p{L}'’]/gu, ''), bs[h]!) : null;
  }
  if (lang === 'ru') return russianNumber(ws, bs);
  return kazakhNumber(ws, bs);
}

/** Whether a written phrase is a form of the term at all (its head a form of the base's head); true where no rule says. */
export function isFormOf(written: string, base: string, lang: Lang): boolean {
  if (lang !== 'ru') return true;
  const ws = words(written.replace(/[«»"“”]/g, ''));
  const bs = words(base.replace(/[«»"“”]/g, ''));
  const head = russianHead(bs);
  return ws[head] === undefined || russianNounForm(ws[head]!, bs[head]!);
}

// ---- the other number, for planting ------------------------------------------------------------------------------

const RU_SOFT = /[гкхжшщч]$/;

/** The Russian nominative plural of a singular base (`избирательная комиссия` → `избирательные комиссии`). */
function russianPlural(base: string): string | null {
  const ws = words(base);
  const head = russianHead(ws);
  if (russianAdjective(ws[0]!.toLowerCase()) === 'pl' || /[ыи]$/.test(ws[head]!)) return null;
  const out = ws.map((w, i) => {
    if (i < head) return w.replace(/(ый|ой|ая|ое)$/, (_m) => (RU_SOFT.test(w.slice(0, -2)) ? 'ие' : 'ые')).replace(/(ий|яя|ее)$/, 'ие');
    if (i > head) return w;
    if (/ие$/.test(w)) return `${w.slice(0, -1)}я`;
    if (/[яьй]$/.test(w)) return `${w.slice(0, -1)}и`;
    if (/а$/.test(w)) return `${w.slice(0, -1)}${RU_SOFT.test(w.slice(0, -1)) ? 'и' : 'ы'}`;
    if (/о$/.test(w)) return `${w.slice(0, -1)}а`;
    if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) {
      const stem = w.replace(/[оеё](?=[кц]$)/, '');
      return `${stem}${RU_SOFT.test(stem) ? 'и' : 'ы'}`;
    }
    return null;
  });
  return out.every((w) => w !== null) ? out.join(' ') : null;
}

const KK_BACK = /[аоұыуяё]/;
const KK_VOWEL = /[аәоөұүыіеиуэюяё]/;

/** The Kazakh plural suffix a word takes: by its last sound and its last vowel. */
function kazakhSuffix(w: string): string {
  const vowels = w.match(new RegExp(KK_VOWEL.source, 'g')) ?? [];
  const back = vowels.length === 0 || KK_BACK.test(vowels[vowels.length - 1]!);
  const last = w.slice(-1);
  const initial = KK_VOWEL.test(last) || /[руй]/.test(last) ? 'л' : /[лмнңзж]/.test(last) ? 'д' : 'т';
  return `${initial}${back ? 'ар' : 'ер'}`;
}

/** The Kazakh plural of a singular base: the head's plural suffix, before its possessive (`комиссиясы` → `комиссиялары`). */
function kazakhPlural(base: string): string | null {
  const ws = words(base);
  const head = ws[ws.length - 1]!;
  const { stem: raw, plural } = kazakhStem(head.toLowerCase(), ws.length > 1);
  if (plural) return null;
  const possessive = raw.length < head.length;
  // a voiced final consonant before a vowel is voiceless before the suffix (`куәлігі` → `куәліктері`)
  const stem = head.slice(0, raw.length).replace(/г$/, 'к').replace(/ғ$/, 'қ').replace(/б$/, 'п');
  const s = kazakhSuffix(stem);
  return [...ws.slice(0, -1), `${stem}${s}${possessive ? (s.endsWith('ар') ? 'ы' : 'і') : ''}`].join(' ');
}

/** The base form put in the other number, in its nominative, or null where the rules cannot make it. */
export function inOtherNumber(base: string, lang: Lang, from: GNumber): string | null {
  if (from === 'pl') {
    // the base is the singular nominative: a plural written as the base is the wrong number (and case)
    const b = numberOf(base, base, lang);
    return b === 'sg' ? base : null;
  }
  if (lang === 'ru') return russianPlural(base);
  if (lang === 'kk') return kazakhPlural(base);
  return null;
}

export { other as otherNumber };

/**
 * Words after which a noun's number follows the count, not the meaning:
 * numerals (Russian `21 кандидат`, `2 кандидата`; Kazakh puts every counted
 * noun in the singular) and the quantifiers that behave like them.
 */
const COUNTING: Record<Lang, RegExp> = {
  en: /^(\d[\d.,–-]*|one|two|three|four|five|six|seven|eight|nine|ten|both|several|many|few|dozens?|hundreds?|thousands?|number)$/i,
  ru: /^(\d[\d.,–-]*|од(ин|на|но|ного|ной|ному|ним)|дв(а|е|ух|ум|умя)|об(а|е|оих|еих)|тр(и|ех|ём|ем)|четыр\p{L}*|пят\p{L}*|шест\p{L}*|сем\p{L}*|восьм\p{L}*|девят\p{L}*|десят\p{L}*|нескольк\p{L}*|многи?\p{L}*|ряд\p{L}*|больш\p{L}*|сотн\p{L}*|тысяч\p{L}*|каждо?\p{L}*)$/iu,
  kk: /^(\d[\d.,–-]*(-\p{L}+)?|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу|жүз|мың|бірнеше|көптеген|кейбір|бірқатар|әр|әрбір|барлық|қанша|көп|аз|көпшілік\p{L}*)$/iu,
};

/** Whether one of the two words before `start` in `text` counts what follows. */
export function afterCount(text: string, start: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, start - 40), start).match(/[\p{L}\d][\p{L}\d.,-]*/gu) ?? [];
  return before.slice(-2).some((w) => COUNTING[lang].test(w.replace(/[.,]$/, '')));
}
