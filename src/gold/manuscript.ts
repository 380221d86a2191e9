/**
 * Reads a manuscript (corpus/MANUSCRIPT.md): the gold structure of one language
 * version. Blocks are headings, paragraphs and lists; one sentence per line;
 * `[^N]` marks a footnote reference; footnote definitions close the file.
 */

export interface GoldSentence {
  /** the line as written, markers included */
  raw: string;
  text: string;
  refs: number[];
}

export interface GoldBlock {
  kind: 'h1' | 'h2' | 'p' | 'list';
  sentences: GoldSentence[];
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
}

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
    const kind = line.startsWith('- ') ? 'list' : 'p';
    if (!current || current.kind !== kind) {
      current = { kind, sentences: [] };
      blocks.push(current);
    }
    current.sentences.push(goldSentence(kind === 'list' ? line.slice(2) : line));
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
  };
}
