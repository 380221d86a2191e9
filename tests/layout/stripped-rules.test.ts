import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { isRule } from '../../src/layout/pages.ts';
import { restoreStrippedRules } from '../../src/layout/stripped-rules.ts';

/** A page of text referring to footnotes `from`..`to`, then the empty lines where the rule stood, then the footnotes. */
const page = (from: number, to: number, rule: string) => [
  ...Array.from({ length: to - from + 1 }, (_, k) => `The commission met in public on the ${k + 2}th day of the month.${from + k}`),
  '',
  rule,
  ...Array.from({ length: to - from + 1 }, (_, k) => `${from + k} Decision ${from + k} of the commission, published on its website.`),
];

describe('restoreStrippedRules', () => {
  it('reads the empty line over each page\'s footnotes as the rule, where its spaces were stripped', () => {
    const stripped = [...page(1, 3, ''), ...page(4, 5, ''), ...page(6, 8, '')].join('\n');
    const lines = restoreStrippedRules(textToLines(stripped));
    expect(lines.filter(isRule).map((l) => lines[lines.indexOf(l) + 1]!.text.split(' ')[0])).toEqual(['1', '4', '6']);
  });

  it('leaves a text alone that prints its rules, or whose empty lines stand over no footnote sequence', () => {
    const ruled = [...page(1, 3, ' '.repeat(48)), ...page(4, 5, ' '.repeat(48)), ...page(6, 8, ' '.repeat(48))].join('\n');
    expect(restoreStrippedRules(textToLines(ruled)).filter(isRule)).toHaveLength(3);
    const paragraphs = ['1 January was the day the law came into force.', '', '', '2 parties were registered.', '', '', '3 more applied.'].join('\n');
    expect(restoreStrippedRules(textToLines(paragraphs)).filter(isRule)).toHaveLength(0);
  });
});
