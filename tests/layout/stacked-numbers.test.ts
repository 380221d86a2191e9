import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { unstackNoteNumbers } from '../../src/layout/stacked-numbers.ts';

const unstacked = (text: string[]) => unstackNoteNumbers(textToLines(text.join('\n'))).map((l) => l.text);

describe('footnote numbers printed in a column before their texts', () => {
  const body = ['Observers were present and at times interfered in the process.', ''];
  it('go back to their texts, number by number, where as many one-line texts follow as there are numbers', () => {
    expect(unstacked([...body, '26', '27', '', 'Articles 12 and 49 of the Election Law.', 'Voting is assessed negatively in no more than 2 per cent.', '', 'Republic of Kazakhstan'])).toEqual([
      ...body, '26', 'Articles 12 and 49 of the Election Law.', '27', 'Voting is assessed negatively in no more than 2 per cent.', '', 'Republic of Kazakhstan',
    ]);
    // and where the next page's running head follows the texts with no blank line
    expect(unstacked([...body, '26', '27', '', 'Articles 12 and 49 of the Election Law.', 'Voting is assessed negatively in no more than 2 per cent.', 'Republic of Kazakhstan'])).toEqual([
      ...body, '26', 'Articles 12 and 49 of the Election Law.', '27', 'Voting is assessed negatively in no more than 2 per cent.', 'Republic of Kazakhstan',
    ]);
    // at the text's end too, with no blank line between numbers and texts
    expect(unstacked(['38', '39', 'См. пункт 5.10 Копенгагенского документа ОБСЕ.', 'См. статью 29 Конвенции ООН.'])).toEqual([
      '38', 'См. пункт 5.10 Копенгагенского документа ОБСЕ.', '39', 'См. статью 29 Конвенции ООН.',
    ]);
  });

  it('are left alone where the texts do not match them: fewer or more lines, lines that end no sentence, numbers out of sequence', () => {
    const cases = [
      ['26', '27', '', 'Articles 12 and 49 of the Election Law.', 'Voting is assessed negatively', 'in no more than 2 per cent.', ''],
      ['26', '27', '28', '', 'Articles 12 and 49 of the Election Law.', 'Voting is assessed negatively.', ''],
      // a table's columns: numbers, then names
      ['1', '2', '', 'Nur Otan', 'Ak Zhol', ''],
      ['26', '28', '', 'Articles 12 and 49 of the Election Law.', 'Voting is assessed negatively.', ''],
    ];
    for (const text of cases) expect(unstacked(text)).toEqual(text);
  });
});
