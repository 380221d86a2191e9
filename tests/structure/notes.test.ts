import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/document.ts';
import { noteLines } from '../../src/layout/furniture.ts';
import { resources } from '../../src/lang/index.ts';
import type { ZonedLine } from '../../src/schema/index.ts';

const line = (text: string, no: number, zone: ZonedLine['zone'] = 'body'): ZonedLine => ({ text, page: 1, no, indent: 0, blank: text === '', rawLength: text.length, pageStart: no === 1, zone });

describe('unnumbered notes', () => {
  const lines = [
    line('* This report is also published in French, but only the English version is to be re-', 1, 'note'),
    line('garded as the official document.', 2, 'note'),
    line('** A second note.', 3, 'note'),
    line('', 4),
    line('I. INTRODUCTION', 5),
    line('The commission met in the capital and the regions. Its members were appointed by the president.', 6),
  ];

  it("are each note's lines, its marker off the first", () => {
    expect(noteLines(lines)).toEqual([['This report is also published in French, but only the English version is to be re-', 'garded as the official document.'], ['A second note.']]);
  });

  it('join as a paragraph does: a word broken at a line-end hyphen is whole again', () => {
    expect(buildStructure(lines, resources('en')).noteTexts).toEqual(['This report is also published in French, but only the English version is to be regarded as the official document.', 'A second note.']);
  });
});
