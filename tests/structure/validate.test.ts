import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/schema/validate.ts';
import { Document } from '../../src/schema/document.ts';
import { doc } from '../helpers/documents.ts';
import { itemLabel, stripBullet } from '../../src/structure/items.ts';
import { headingParts } from '../../src/structure/headings.ts';

describe('one bad record never sinks a document', () => {
  it('leaves out a claim that fails its schema, with a diagnostic naming stage, rule and text', () => {
    const d = doc('ru', false, [['Итоги', ['Зарегистрировано 9,305,106 избирателей.']]]);
    d.claims = [{ id: 'c1', where: { sentenceId: 's1' }, text: '9,305,106', kind: 'count', value: Number.NaN, unit: null, qualifier: null, subject: null }];
    const v = validateDocument(d);
    expect(v.claims).toEqual([]);
    expect(v.diagnostics.at(-1)).toMatchObject({ stage: 'claims', rule: 'schema', severity: 'warning' });
    expect(v.diagnostics.at(-1)!.message).toContain('«9,305,106»');
  });
  it('gives what parsing the whole Document gives, key for key, its records parsed once', () => {
    const d = doc('en', true, [['Results', ['Turnout was 75 per cent.', 'Some 1,200 observers were deployed.']]]);
    (d.sentences[0] as Record<string, unknown>).stray = 'left out by the schema';
    expect(JSON.stringify(validateDocument(d))).toBe(JSON.stringify(Document.parse(d)));
    expect(JSON.stringify(validateDocument(d))).not.toContain('stray');
  });
  it('says in one line what is wrong with the Document itself', () => {
    const d = doc('en', true, [['A', ['Text.']]]);
    (d as { lang: string }).lang = 'de';
    expect(() => validateDocument(d)).toThrow(/^meta stage: the Document does not match its schema: lang: /);
  });
});

describe('labels and numbers', () => {
  it('keeps a numbered or lettered item\'s label', () => {
    expect(itemLabel('12. The law should be revised.')).toBe('12');
    expect(itemLabel('b) the second point')).toBe('b');
    expect(itemLabel('• a bullet')).toBeNull();
    expect(stripBullet('12. The law should be revised.')).toBe('The law should be revised.');
  });
  it('keeps a heading\'s number as a field: Roman, Latin and Cyrillic letters', () => {
    expect(headingParts('IV. LEGAL FRAMEWORK')).toEqual({ number: 'IV', text: 'LEGAL FRAMEWORK' });
    expect(headingParts('Б. Регистрация кандидатов')).toEqual({ number: 'Б', text: 'Регистрация кандидатов' });
    expect(headingParts('Ғ. Кандидаттарды тіркеу')).toEqual({ number: 'Ғ', text: 'Кандидаттарды тіркеу' });
    expect(headingParts('A new era')).toEqual({ number: null, text: 'A new era' });
  });
  it('reads a Roman number without its stop before a word in capitals (an annex numbered before its word)', () => {
    expect(headingParts('II ҚОСЫМША: НӘТИЖЕЛЕР')).toEqual({ number: 'II', text: 'ҚОСЫМША: НӘТИЖЕЛЕР' });
    expect(headingParts('I am here')).toEqual({ number: null, text: 'I am here' });
  });
});
