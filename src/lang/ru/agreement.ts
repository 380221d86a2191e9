/**
 * Agreement inside a Russian term: the adjectives before a term's head noun
 * take its case, number and gender (`Территориальной избирательной
 * комиссии`). A form no case gives (`Территориальная избирательной
 * комиссии`, an adjective left in the nominative) is a term written wrongly
 * even where every word is a real word. Each word's ending is read as the
 * set of case-and-number tags it can be; the term agrees when the sets meet.
 */

import { russianHeadIndex, russianStems } from '../grammatical-number.ts';

type Gender = 'm' | 'f' | 'n';
/** case and number: `gen.sg`, `nom.pl` */
type Tag = string;

const CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'prep'] as const;

/** Adjective endings (hard and soft) by gender, singular, and plural, case by case. */
const ADJ_SG: Record<Gender, string[][]> = {
  m: [['ый', 'ий', 'ой'], ['ого', 'его'], ['ому', 'ему'], ['ый', 'ий', 'ой', 'ого', 'его'], ['ым', 'им'], ['ом', 'ем']],
  f: [['ая', 'яя'], ['ой', 'ей'], ['ой', 'ей'], ['ую', 'юю'], ['ой', 'ей', 'ою', 'ею'], ['ой', 'ей']],
  n: [['ое', 'ее'], ['ого', 'его'], ['ому', 'ему'], ['ое', 'ее'], ['ым', 'им'], ['ом', 'ем']],
};
const ADJ_PL: string[][] = [['ые', 'ие'], ['ых', 'их'], ['ым', 'им'], ['ые', 'ие', 'ых', 'их'], ['ыми', 'ими'], ['ых', 'их']];

/** The tags an adjective's ending can be, for a head of this gender. */
function adjectiveTags(word: string, g: Gender): Set<Tag> {
  const w = word.toLowerCase();
  const out = new Set<Tag>();
  CASES.forEach((c, k) => {
    if (ADJ_SG[g][k]!.some((e) => w.endsWith(e))) out.add(`${c}.sg`);
    if (ADJ_PL[k]!.some((e) => w.endsWith(e))) out.add(`${c}.pl`);
  });
  return out;
}

/** A noun's paradigm: its gender, stem and endings case by case (singular, then plural); '' is no ending. */
interface Paradigm {
  gender: Gender;
  stem: string;
  sg: string[][];
  pl: string[][];
}

const SOFT = /[гкхжшщч]$/;

function paradigmOf(base: string): Paradigm | null {
  const b = base.toLowerCase();
  if (/ия$/.test(b)) {
    return { gender: 'f', stem: b.slice(0, -2), sg: [['ия'], ['ии'], ['ии'], ['ию'], ['ией', 'иею'], ['ии']], pl: [['ии'], ['ий'], ['иям'], ['ии', 'ий'], ['иями'], ['иях']] };
  }
  if (/ие$/.test(b)) {
    return { gender: 'n', stem: b.slice(0, -2), sg: [['ие'], ['ия'], ['ию'], ['ие'], ['ием'], ['ии', 'ие']], pl: [['ия'], ['ий'], ['иям'], ['ия'], ['иями'], ['иях']] };
  }
  if (/[ая]$/.test(b)) {
    const stem = b.slice(0, -1);
    const y = b.endsWith('я') || SOFT.test(stem) ? 'и' : 'ы';
    return { gender: 'f', stem, sg: [[b.slice(-1)], [y], ['е'], [b.endsWith('я') ? 'ю' : 'у'], ['ой', 'ей', 'ою', 'ею'], ['е']], pl: [[y], ['', 'ь', 'ей'], ['ам', 'ям'], [y, '', 'ь', 'ей'], ['ами', 'ями'], ['ах', 'ях']] };
  }
  if (/тель$/.test(b)) {
    const stem = b.slice(0, -1);
    return { gender: 'm', stem, sg: [['ь'], ['я'], ['ю'], ['ь', 'я'], ['ем'], ['е']], pl: [['и'], ['ей'], ['ям'], ['и', 'ей'], ['ями'], ['ях']] };
  }
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(b)) {
    const y = SOFT.test(b) ? 'и' : 'ы';
    return { gender: 'm', stem: b, sg: [[''], ['а'], ['у'], ['', 'а'], ['ом', 'ем'], ['е']], pl: [[y], ['ов', 'ев', 'ей'], ['ам'], [y, 'ов', 'ев', 'ей'], ['ами'], ['ах']] };
  }
  if (/о$/.test(b)) {
    const stem = b.slice(0, -1);
    return { gender: 'n', stem, sg: [['о'], ['а'], ['у'], ['о'], ['ом'], ['е']], pl: [['а'], [''], ['ам'], ['а'], ['ами'], ['ах']] };
  }
  return null;
}

/** The tags a noun written can be, or null when it is no form of the paradigm's stem. */
function nounTags(word: string, p: Paradigm): Set<Tag> | null {
  const w = word.toLowerCase();
  const out = new Set<Tag>();
  for (const s of russianStems(p.stem)) {
    if (!w.startsWith(s)) continue;
    const end = w.slice(s.length);
    CASES.forEach((c, k) => {
      if (p.sg[k]!.includes(end)) out.add(`${c}.sg`);
      if (p.pl[k]!.includes(end)) out.add(`${c}.pl`);
    });
  }
  return out.size ? out : null;
}

/** A term's words as written and in the base, and where the base's head noun stands (-1: none). */
function shapeOf(written: string, base: string): { ws: string[]; bs: string[]; head: number } {
  const bs = base.replace(/[«»"]/g, '').split(/\s+/).filter(Boolean);
  return { ws: written.split(/\s+/).filter(Boolean), bs, head: russianHeadIndex(bs) };
}

/**
 * Whether a Russian term as written (the words its pattern matched) has
 * adjectives that disagree with each other or with its head noun: returns the
 * word that breaks the agreement, or null (agreeing, or not a form the rules
 * can read). `coordinated`: the term's adjective follows another and a
 * conjunction, and shares a plural head with it.
 */
export function disagreement(written: string, base: string, coordinated = false): string | null {
  const { ws, bs, head } = shapeOf(written, base);
  if (head <= 0 || ws.length < head + 1) return null;
  const p = paradigmOf(bs[head]!);
  if (!p) return null;
  const noun = nounTags(ws[head]!, p);
  if (!noun) return null;
  // an adjective coordinated with another before one plural noun keeps its own number, not its own case
  // (`на казахском и русском языках`): compare cases only
  const caseOnly = (t: Set<Tag>): Set<Tag> => (coordinated ? new Set([...t].map((x) => x.split('.')[0]!)) : t);
  let common = caseOnly(noun);
  for (let i = 0; i < head; i++) {
    const adj = caseOnly(adjectiveTags(ws[i]!, p.gender));
    if (adj.size === 0) return null;
    const next = new Set([...common].filter((t) => adj.has(t)));
    if (next.size === 0) return ws[i]!;
    common = next;
  }
  return null;
}

/** A term's adjective put back in the base's form (the nominative) where the term is inflected: a planted disagreement. */
export function withBaseAdjective(written: string, base: string): string | null {
  const { ws, bs, head } = shapeOf(written, base);
  if (head <= 0 || ws.length < head + 1 || ws[0]!.toLowerCase() === bs[0]!.toLowerCase()) return null;
  const first = /^\p{Lu}/u.test(ws[0]!) ? bs[0]!.charAt(0).toUpperCase() + bs[0]!.slice(1) : bs[0]!.toLowerCase();
  const out = [first, ...ws.slice(1)].join(' ');
  return disagreement(out, base) ? out : null;
}


