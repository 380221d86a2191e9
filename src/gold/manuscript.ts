/**
 * Reads a manuscript (corpus/MANUSCRIPT.md): the gold structure of one language
 * version. Blocks are headings, paragraphs and lists; one sentence per line;
 * `[^N]` marks a footnote reference; footnote definitions close the file.
 */

export interface GoldSentence {
  /** the line as written, markers included (a numbered item's label left out) */
  raw: string;
  text: string;
  refs: number[];
  /** a numbered list item's label (`7`), when the line is one */
  label?: string;
}

export interface GoldBlock {
  kind: 'h1' | 'h2' | 'p' | 'list' | 'table';
  /** a table's text is no sentence: its sentences are empty and its cells are in `rows` */
  sentences: GoldSentence[];
  /** a table's rows of cell texts, the header row first */
  rows?: string[][];
}

export interface GoldFootnote {
  number: number;
  sentences: string[];
}

export interface Manuscript {
  id: string;
  lang: string;
  official: boolean;
  title: string;
  runningHeader: string[];
  notes: string[];
  blocks: GoldBlock[];
  footnotes: GoldFootnote[];
  /** genre documents (GENRES-CORPUS.md): the document's kind and the other metadata the pipeline must find */
  kind: string;
  place: string;
  date: string;
  /** interim reports: `from..to` */
  period: string;
  dateline: string;
  cover: string[];
  subtitle: string[];
  toc: boolean;
  split: string;
}

/** Splits a heading into its section number (`IV`, `B`, `Б`) and its text, as the pipeline reports them. */
export function splitHeadingNumber(heading: string): { number: string | null; text: string } {
  const m = heading.match(/^((?:[IVXLC]+|\p{Lu})\.?)\s+(?=\S)(.*)$/u);
  if (!m || (!m[1]!.endsWith('.') && !/^[IVXLC]+$/.test(m[1]!))) return { number: null, text: heading };
  if (m[1]!.length === 2 && /^\p{Lu}$/u.test(m[1]![0]!) && !/^\p{Lu}/u.test(m[2]!)) return { number: null, text: heading };
  return { number: m[1]!.replace(/\.$/, ''), text: m[2]! };
}

/** `| a | b |` -> [`a`, `b`] */
export const tableCells = (line: string): string[] =>
  line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

const FOOTDEF = /^\[\^(\d+)\]:\s?(.*)$/;
const REF = /\[\^(\d+)\]/g;

function frontList(front: string, key: string): string[] {
  const sec = front.match(new RegExp(`^${key}:\\n((?:\\s+- .*\\n?)+)`, 'm'));
  if (!sec) return [];
  return [...sec[1]!.matchAll(/- "?(.*?)"?\s*$/gm)].map((x) => x[1]!.replace(/\\"/g, '"').trim());
}

function frontValue(front: string, key: string): string {
  const m = front.match(new RegExp(`^${key}:\\s*"?(.*?)"?\\s*(?:#.*)?$`, 'm'));
  return m ? m[1]!.trim() : '';
}

export const goldSentence = (line: string): GoldSentence => ({
  raw: line.trim(),
  text: line.replace(REF, '').replace(/\s+/g, ' ').trim(),
  refs: [...line.matchAll(REF)].map((m) => Number(m[1])),
});

export function parseManuscript(source: string): Manuscript {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  let i = 0;
  let front = '';
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end < 0) throw new Error('manuscript: front matter is not closed');
    front = lines.slice(1, end).join('\n') + '\n';
    i = end + 1;
  }
  const blocks: GoldBlock[] = [];
  const footnotes: GoldFootnote[] = [];
  let current: GoldBlock | null = null;
  let note: GoldFootnote | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const def = line.match(FOOTDEF);
    if (def) {
      note = { number: Number(def[1]), sentences: [def[2]!.trim()] };
      footnotes.push(note);
      continue;
    }
    if (note) {
      if (/^ {4}\S/.test(line)) note.sentences.push(line.trim());
      continue;
    }
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const h = line.match(/^(#{1,2}) (.*)$/);
    if (h) {
      blocks.push({ kind: h[1]!.length === 1 ? 'h1' : 'h2', sentences: [goldSentence(h[2]!)] });
      current = null;
      continue;
    }
    if (line.startsWith('|')) {
      if (/^\|[\s:|-]+\|\s*$/.test(line)) continue;
      if (!current || current.kind !== 'table') {
        current = { kind: 'table', sentences: [], rows: [] };
        blocks.push(current);
      }
      current.rows!.push(tableCells(line));
      continue;
    }
    const numbered = line.match(/^(\d{1,2})\. /);
    const kind = numbered || line.startsWith('- ') ? 'list' : 'p';
    if (!current || current.kind !== kind) {
      current = { kind, sentences: [] };
      blocks.push(current);
    }
    if (numbered) current.sentences.push({ ...goldSentence(line.slice(numbered[0].length)), label: numbered[1]! });
    else current.sentences.push(goldSentence(kind === 'list' ? line.slice(2) : line));
  }
  return {
    id: frontValue(front, 'id'),
    lang: frontValue(front, 'lang'),
    official: frontValue(front, 'official') === 'true',
    title: frontValue(front, 'title'),
    runningHeader: frontList(front, 'running_header'),
    notes: frontList(front, 'notes'),
    blocks,
    footnotes,
    kind: frontValue(front, 'kind'),
    place: frontValue(front, 'place'),
    date: frontValue(front, 'date'),
    period: frontValue(front, 'period'),
    dateline: frontValue(front, 'dateline'),
    cover: frontList(front, 'cover'),
    subtitle: frontList(front, 'subtitle'),
    toc: frontValue(front, 'toc') === 'true',
    split: frontValue(front, 'split'),
  };
}
