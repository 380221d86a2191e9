import { describe, expect, it } from 'vitest';
import { markFrontZones, tocEntries, tocEntryOf } from '../../src/layout/title-page.ts';
import { readTitlePage, wholeDate, wholeDateline, wholeRange } from '../../src/lang/title-page.ts';
import { resources } from '../../src/lang/index.ts';
import type { ZonedLine } from '../../src/schema/index.ts';

const at = (no: number, text: string, x: number, width: number, page = 1): ZonedLine => ({
  text, page, no, indent: 0, blank: false, rawLength: text.length, pageStart: no === 1, zone: 'body',
  geometry: { x, y: 800 - no * 14, width, height: 12, size: 12 },
});

/** A text-path line on page 1: its indentation from the spaces it opens with. */
const t = (no: number, raw: string, zone: ZonedLine['zone'] = 'body'): ZonedLine => {
  const text = raw.trim();
  return { text, page: 1, no, indent: raw.length - raw.trimStart().length, blank: text === '', rawLength: raw.length, pageStart: no === 1, zone };
};
const body = 'The election was held on 26 April 2015 and the turnout was high, as the authorities reported it to be.';

describe('markFrontZones', () => {
  const lines = [
    at(1, 'Office for Democratic Institutions and Human Rights', 150, 295),
    at(2, 'REPUBLIC OF KAZAKHSTAN', 220, 155),
    at(3, 'ODIHR Election Observation Mission Final Report', 160, 275),
    at(4, 'Warsaw, 25 July 2015', 240, 115),
    at(5, 'TABLE OF CONTENTS', 235, 125),
    at(6, 'I. EXECUTIVE SUMMARY ........................ 2', 57, 481),
    at(7, 'II. BACKGROUND ............................. 3', 57, 481),
    at(8, 'A. Legal Framework ......................... 4', 57, 481),
    at(9, 'The election was held on 26 April 2015 and the turnout was high, as the authorities reported.', 57, 481, 2),
    at(10, 'Everything went well, observers said, although some problems were noted on the day.', 57, 481, 2),
    at(11, 'The CEC announced the results on time and they were published.', 57, 400, 2),
    at(12, 'More text of the report follows here on the next lines of the page.', 57, 481, 2),
    at(13, 'And again.', 57, 60, 2),
  ];
  const zoned = markFrontZones(lines, () => false);
  it('marks the centred leading lines of the first page as the title page', () => {
    expect(zoned.slice(0, 4).map((l) => l.zone)).toEqual(['cover', 'cover', 'cover', 'cover']);
  });
  it('marks the table of contents with its heading', () => {
    expect(zoned.slice(4, 8).map((l) => l.zone)).toEqual(['toc', 'toc', 'toc', 'toc']);
    expect(tocEntries(zoned)).toEqual([{ text: 'I. EXECUTIVE SUMMARY', page: 2 }, { text: 'II. BACKGROUND', page: 3 }, { text: 'A. Legal Framework', page: 4 }]);
  });
  it('leaves the text alone', () => expect(zoned.slice(8).every((l) => l.zone === 'body')).toBe(true));
  it('text that keeps indentation: lines set in from the margin and short of the right one, capitals or not', () => {
    const text = markFrontZones([
      t(1, '                      Office for Democratic Institutions and Human Rights'),
      t(2, '                           EARLY PRESIDENTIAL ELECTION'),
      t(3, '                   ODIHR NEEDS ASSESSMENT MISSION REPORT'),
      t(4, '        I. INTRODUCTION'),
      ...[5, 6, 7, 8].map((no) => t(no, `        ${body}`)),
    ], () => false);
    expect(text.map((l) => l.zone)).toEqual(['cover', 'cover', 'cover', 'body', 'body', 'body', 'body', 'body']);
  });
  it('text without widths or indentation: the lines over the official-version note are the title page', () => {
    const zoned = markFrontZones([
      t(1, 'Office for Democratic Institutions and Human Rights'),
      t(2, 'Republic of Kazakhstan – Early Presidential Election, 26 April 2015, a line as long as the text'),
      t(3, ''),
      t(4, 'INTERIM REPORT'),
      t(5, '10 April 2015'),
      t(6, '* The English version of this report is the only official document.', 'note'),
      t(7, 'I. EXECUTIVE SUMMARY'),
      ...[8, 9, 10].map((no) => t(no, body)),
    ], (l) => l.text.length < 60);
    expect(zoned.filter((l) => !l.blank).map((l) => l.zone)).toEqual(['cover', 'cover', 'cover', 'cover', 'note', 'body', 'body', 'body', 'body']);
  });
  it("text without widths or indentation: the first numbered section's heading opens the text, though short like the title page's lines", () => {
    const zoned = markFrontZones([
      t(1, 'Office for Democratic Institutions and Human Rights'),
      t(2, 'INTERIM REPORT'),
      t(3, '27 May 2022'),
      t(4, 'I. EXECUTIVE SUMMARY'),
      ...[5, 6, 7].map((no) => t(no, body)),
    ], (l) => l.text.length < 60);
    expect(zoned.map((l) => l.zone)).toEqual(['cover', 'cover', 'cover', 'body', 'body', 'body', 'body']);
  });
  it("text without widths or indentation: the lines over the first numbered section's heading are the title page when none ends a sentence", () => {
    const zoned = markFrontZones([
      t(1, 'Office for Democratic Institutions and Human Rights'),
      t(2, 'Қазақстан Республикасы – Конституциялық референдум, 2022 жылғы 5 маусым, a long line'),
      t(3, ''),
      t(4, 'АРАЛЫҚ ЕСЕП'),
      t(5, 'I. ҚЫСҚАША МАЗМҰНЫ'),
      ...[6, 7, 8].map((no) => t(no, body)),
    ], (l) => l.text.length < 60);
    expect(zoned.filter((l) => !l.blank).map((l) => l.zone)).toEqual(['cover', 'cover', 'cover', 'body', 'body', 'body', 'body']);
  });
  it('reads a dot leader line', () => expect(tocEntryOf('Введение …… 12')).toEqual({ text: 'Введение', page: 12 }));
});

describe('the title page read', () => {
  const en = resources('en');
  const ru = resources('ru');
  const kk = resources('kk');
  it('reads every dateline form', () => {
    expect(wholeDateline('Warsaw, 3 October 2019', en)).toEqual({ place: 'Warsaw', date: '2019-10-03' });
    expect(wholeDateline('Warsaw 29 April 2016', en)).toEqual({ place: 'Warsaw', date: '2016-04-29' });
    expect(wholeDateline('Варшава, 25 июля 2015 года', ru)).toEqual({ place: 'Варшава', date: '2015-07-25' });
    expect(wholeDateline('Варшава, 2015 жылғы 25 шілде', kk)).toEqual({ place: 'Варшава', date: '2015-07-25' });
    expect(wholeDate('10 April 2015', en)).toBe('2015-04-10');
    expect(wholeDateline('Republic of Kazakhstan – Early Presidential Election, 26 April 2015', en)).toBeNull();
  });
  it('reads a period in each language', () => {
    expect(wholeRange('22 September – 8 October 2020', en)).toEqual({ from: '2020-09-22', to: '2020-10-08' });
    expect(wholeRange('18–26 мая 2022 года', ru)).toEqual({ from: '2022-05-18', to: '2022-05-26' });
    expect(wholeRange('2015 жылғы 25 наурыз – 8 сәуір', kk)).toEqual({ from: '2015-03-25', to: '2015-04-08' });
  });
  it('takes the genre from the title, the dateline over the election date', () => {
    const p = readTitlePage(['Office for Democratic Institutions and Human Rights', 'EARLY PRESIDENTIAL ELECTION', '26 April 2015', 'ODIHR NEEDS ASSESSMENT MISSION REPORT', '4–6 February 2015', 'Warsaw 20 February 2015'], en);
    expect(p).toMatchObject({ kind: 'needs-assessment', place: 'Warsaw', date: '2015-02-20', period: null });
    const i = readTitlePage(['ПРОМЕЖУТОЧНЫЙ ОТЧЕТ', '25 марта – 8 апреля 2015 года', '10 апреля 2015 года'], ru);
    expect(i).toMatchObject({ kind: 'interim-report', place: null, date: '2015-04-10', period: { from: '2015-03-25', to: '2015-04-08' } });
    expect(readTitlePage(['ДИАБ Референдумды бақылау миссиясының қорытынды есебі'], kk).kind).toBe('final-report');
  });
});

describe('the official version declared', () => {
  it('reads the Russian wordings translators use', async () => {
    const { declaredOfficial } = await import('../../src/lang/metadata.ts');
    expect(declaredOfficial('Однако единственным официальным документом является версия на английском языке.')).toBe('en');
    expect(declaredOfficial('Англоязычная версия настоящего отчета является единственным официальным документом.')).toBe('en');
    expect(declaredOfficial('Алайда ағылшын тіліндегі нұсқасы ғана ресми құжат болып табылады.')).toBe('en');
  });
});
