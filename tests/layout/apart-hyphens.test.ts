import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { attachApartHyphens } from '../../src/layout/apart-hyphens.ts';

const attach = (lines: string[]): string[] => attachApartHyphens(textToLines(lines.join('\n'))).map((l) => l.text);

describe('attachApartHyphens', () => {
  it("puts back a line-end hyphen printed apart from its word, where the text shows the quirk", () => {
    const lines = [
      'The commission held an exam -',
      'ination of every candidate, and the examination was public.',
      'Observers noted that the registra -',
      'tion of voters went well, and the registration closed early.',
      'The campaign was calm and',
      'its coverage was low -',
      'key in most regions.',
    ];
    expect(attach(lines)).toEqual([
      'The commission held an exam-',
      'ination of every candidate, and the examination was public.',
      'Observers noted that the registra-',
      'tion of voters went well, and the registration closed early.',
      'The campaign was calm and',
      // (the line-join stage decides about each: `low-key` keeps its hyphen there)
      'its coverage was low-',
      'key in most regions.',
    ]);
  });

  it('counts a word the text writes in another inflection', () => {
    const lines = ['Партия выдвинула кандида -', 'тов в срок, и кандидат был зарегистрирован.', 'Комиссия рассмотрела обраще -', 'ния граждан, и обращение было отклонено.'];
    expect(attach(lines)[0]).toBe('Партия выдвинула кандида-');
    expect(attach(lines)[2]).toBe('Комиссия рассмотрела обраще-');
  });

  it("puts back one whose word's rest follows past the page's footnotes, where it begins a word the text writes", () => {
    const lines = [
      'The commission held an exam -',
      'ination of every candidate, and the examination was public.',
      'Observers noted that the registra -',
      'tion of voters went well, and the registration closed early.',
      'The commission adopted regula -',
      '13 See the rules on regulations.',
      'Turnout was high -',
      '14 Some said too high.',
    ];
    const out = attach(lines);
    expect(out[4]).toBe('The commission adopted regula-');
    // (a capital's word too: `Gen -` / `eral Rules`)
    expect(attach([...lines.slice(0, 4), 'Section 4 of the Gen -', 'Running head', 'The General Rules apply.'])[4]).toBe('Section 4 of the Gen-');
    // (a word the text writes alone is a dash's word)
    expect(out[6]).toBe('Turnout was high -');
  });

  it('leaves a dash between words alone in a text without the quirk', () => {
    const lines = ['The ruling party won most seats -', 'which surprised nobody in the capital.', 'Turnout was high -', 'some said too high.'];
    expect(attach(lines)).toEqual(lines);
  });

  it('puts back a single such hyphen whose word, joined, the text writes whole elsewhere', () => {
    const lines = ['Voters could check their data online, and the service on -', 'line was used often.', 'Turnout was high -', 'some said too high.'];
    expect(attach(lines)).toEqual(['Voters could check their data online, and the service on-', 'line was used often.', 'Turnout was high -', 'some said too high.']);
  });
});
