import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { dropPitchBlanks } from '../../src/layout/pitch-blanks.ts';

const full = (i: number) => `The mission observed the election process in region ${i} as it had planned to do.`;
const texts = (lines: ReturnType<typeof textToLines>) => lines.map((l) => (l.blank ? '' : l.text));

describe('dropPitchBlanks', () => {
  it('drops the empty line a tool printed after every line of text set wide apart, a paragraph gap among them', () => {
    const spaced = [full(1), '', full(2), '', 'a paragraph ends here.', '', full(3), '', full(4), '', full(5), '', 'and the next one ends.'];
    const single = Array.from({ length: 20 }, (_, i) => full(10 + i));
    expect(texts(dropPitchBlanks(textToLines([...single, '', ...spaced].join('\n')))).slice(21)).toEqual(spaced.filter((l) => l !== ''));
  });

  it('keeps the gaps between paragraphs of several lines, and between short items', () => {
    const gapped = [full(1), full(2), 'ends here.', '', full(3), 'ends.', '', full(4), full(5), 'ends.'];
    const items = ['• One item.', '', '• Another item.', '', '• A third item.', '', '• A fourth item.', '', '• A fifth item.', '', '• The last item.'];
    const single = Array.from({ length: 20 }, (_, i) => full(10 + i));
    const lines = textToLines([...single, '', ...gapped, '', ...items].join('\n'));
    expect(dropPitchBlanks(lines)).toEqual(lines);
  });
});
