import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { measuredWraps, partRunTogetherNotes } from '../../src/layout/run-together-notes.ts';
import { wordsOf } from '../../src/layout/wrap-glue.ts';

/** Greedy wrapping at `width` characters, as a typesetter breaks a paragraph. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

// invented statements: the body wraps at 60 characters, the footnotes (smaller type) at 75; the body writes the
// words the footnotes wrap between (a wrap between two words glued is read off the words the text knows)
const BODY = [
  'The commission met in the capital and in every region of the country, and its sessions were open to observers and to the media, who reported on them in detail.',
  'The campaign was calm and orderly in most regions, although several parties said that their meetings with voters had been moved or cancelled at short notice by local officials.',
  'Observers noted that the voter lists were displayed in most polling stations on time, and that voters were able to check their entries and to ask for corrections in writing.',
  'The media gave the parties free airtime on public channels, but the private channels covered the governing party far more than any other, mostly in their news programmes.',
  'Complaints were filed with the commissions and with the courts; most of them were returned without consideration, and the reasons given were formal rather than substantive.',
  'Decisions were published within three days, and the polling stations visited by observers opened on time; none was in a closed room.',
];
const NOTES = [
  '1 Under the Election Law, the commission publishes its decisions within three days of adoption, and its sessions are open to accredited observers and to the media.',
  '2 The parties that took part in the election were listed by the commission on its website, together with their candidate lists, platforms and financial reports.',
  '3 See the decision of the commission on the order of the campaign, published in the official gazette on the day after the election was called by the president.',
  '4 The court dismissed both appeals; the written decisions were given to the applicants only after the deadline for a further appeal to the higher court had passed.',
  '5 According to the observers, the lists were displayed in most polling stations visited, although in some of them the lists were kept in a closed room of the building.',
  '6 The private channels gave the governing party most of their news coverage, according to the monitoring of the observers between the start of the campaign and its end.',
];

/** Pages of body text, each followed by its footnotes: printed as they wrap, or run together as one line a page. */
function text(runTogether: boolean, paragraphs = BODY): { text: string; printed: string[] } {
  const pages: string[] = [];
  const printed: string[] = [];
  for (let p = 0; p < 3; p++) {
    const body = paragraphs.flatMap((para) => [...wrap(para, 60), '']);
    const notes = NOTES.slice(p * 2, p * 2 + 2).map((n) => wrap(n, 75));
    printed.push(...notes.flat());
    const zone = runTogether ? [notes.map((n) => n.join('')).join('')] : notes.flat();
    pages.push([...body, ...zone].join('\n'));
  }
  return { text: pages.join('\f'), printed };
}

const notesOf = (lines: { text: string }[]): string[] => lines.map((l) => l.text).filter((t) => NOTES.some((n) => n.includes(t)) && !BODY.some((b) => b.includes(t)));

describe('footnote lines run together with no space where they wrapped', () => {
  it('are parted into the lines they were printed as: each footnote on a line of its own, each wrap where it was', () => {
    const { text: t, printed } = text(true);
    const out = partRunTogetherNotes(textToLines(t));
    expect(notesOf(out)).toEqual(printed);
    // the body is left as it was
    expect(out.filter((l) => BODY.some((b) => b.includes(l.text)) && l.text).length).toBe(3 * BODY.flatMap((b) => wrap(b, 60)).length);
  });

  it('are parted where two words glued are words of the language’s dictionary, though the text writes them nowhere else', () => {
    // without the paragraph that writes `within three`, `stations visited` and `closed room`
    const { text: t, printed } = text(true, BODY.slice(0, -1));
    const dictionary = new Set(['within', 'three', 'closed', 'room', 'stations', 'visited']);
    expect(notesOf(partRunTogetherNotes(textToLines(t), (w) => dictionary.has(w)))).toEqual(printed);
    expect(notesOf(partRunTogetherNotes(textToLines(t)))).not.toEqual(printed);
  });

  it('are parted by the dictionary’s words where the text’s own show fewer than three plain wraps, the lines being footnotes in sequence', () => {
    // a body that writes none of the footnotes' words (each word's letters reversed): no wrap between two glued
    // words is plain by the text's own
    const body = BODY.map((p) => p.replace(/\p{L}+/gu, (w) => [...w].reverse().join('')));
    const { text: t, printed } = text(true, body);
    const dictionary = new Set(NOTES.flatMap((n) => n.toLowerCase().match(/\p{L}+/gu) ?? []));
    expect(notesOf(partRunTogetherNotes(textToLines(t)))).not.toEqual(printed);
    expect(notesOf(partRunTogetherNotes(textToLines(t), (w) => dictionary.has(w)))).toEqual(printed);
    // wide lines that open with numbers out of sequence (a tool's long lines, not footnotes) are left alone
    const unnumbered = t.replace(/^(\d) /gmu, (_, n: string) => `${Number(n) * 7} `);
    const lines = textToLines(unnumbered);
    expect(partRunTogetherNotes(lines, (w) => dictionary.has(w)).map((l) => l.text)).toEqual(lines.map((l) => l.text));
  });

  it('are not parted inside a run of letters far longer than any word (a damaged text)', () => {
    const { text: t } = text(true);
    const run = 'x'.repeat(2000);
    const out = partRunTogetherNotes(textToLines(t.replace('1 Under the Election Law,', `1 Under the ${run} Election Law,`)));
    expect(out.some((l) => l.text.includes(run))).toBe(true);
  });

  it('leave a text whose tool kept the footnotes’ line breaks as it is', () => {
    const lines = textToLines(text(false).text);
    const out = partRunTogetherNotes(lines);
    expect(out).toHaveLength(lines.length);
    out.forEach((l, i) => expect(l).toBe(lines[i]));
  });

  it('part a footnote of two printed lines run together on a line of its own, not far wider than the body’s lines', () => {
    const { text: t } = text(true);
    // a fourth page whose one footnote, next in sequence, wrapped once: 75 characters run together, under 1.4 body lines of 60
    const note = wrap('7 The observers visited polling stations in the capital and in most regions.', 75);
    expect(note).toHaveLength(2);
    const page = [...BODY.flatMap((para) => [...wrap(para, 60), '']), note.join('')].join('\n');
    const out = partRunTogetherNotes(textToLines(`${t}\f${page}`));
    expect(out.map((l) => l.text)).toEqual(expect.arrayContaining(note));
    // (a line that opens with any other number is left alone)
    const other = partRunTogetherNotes(textToLines(`${t}\f${page.replace('7 The', '9 The')}`));
    expect(other.map((l) => l.text)).toContain(note.join('').replace('7 The', '9 The'));
  });

  it('count a footnote of one printed line in the sequence: the footnote of two run together after it is parted too', () => {
    const { text: t } = text(true);
    // a fourth page with a footnote of one short line, 7, then 8 of two printed lines run together
    const short = '7 Article 12 of the Election Law.';
    const note = wrap('8 The observers visited polling stations in the capital and in most regions.', 75);
    const page = [...BODY.flatMap((para) => [...wrap(para, 60), '']), short, note.join('')].join('\n');
    const out = partRunTogetherNotes(textToLines(`${t}\f${page}`));
    expect(out.map((l) => l.text)).toEqual(expect.arrayContaining([short, ...note]));
  });

  it('part a zone that opens with a footnote carried over from the page before, then the next one run into it', () => {
    const { text: t } = text(true);
    // the second page's zone opens with the rest of footnote 2 (its first printed line moved to the page before)
    const moved = t.replace(/\n3 See/u, '\nThe rest of the second footnote.3 See');
    const out = partRunTogetherNotes(textToLines(moved)).map((l) => l.text);
    expect(out).toContain('The rest of the second footnote.');
    expect(out.some((l) => l.startsWith('3 See the decision of the commission'))).toBe(true);
  });
});

describe('measuredWraps', () => {
  it('takes no place inside a word whose letters the text never writes apart for a wrap: the tool kept the space it wrapped at', () => {
    const text = 'the earlier reports of the mission are published on its website in full.';
    // a text that writes `publ…` often, inside words only, and `published` nowhere
    const known = wordsOf(textToLines(Array(40).fill('the publisher publicly lists the reports of the mission on its website, in full, with earlier reports').join('\n')));
    const measure = text.indexOf('published') + 3;
    expect(measuredWraps(text, { metric: 'chars', measure }, known)).toEqual([]);
  });


  it('parts a footnote’s last line a little short of the measure where two words plainly run together', () => {
    const text = 'the mission visited the regions of Karatauregions.';
    const known = wordsOf(textToLines('the regions of Karatau and other regions were visited by the mission'));
    const cuts = measuredWraps(text, { metric: 'chars', measure: text.length + 1 }, known);
    expect(cuts.map((c) => text.slice(0, c))).toEqual(['the mission visited the regions of Karatau']);
    // well short of it, the line never wrapped
    expect(measuredWraps(text, { metric: 'chars', measure: text.length * 1.2 }, known)).toEqual([]);
  });
});
