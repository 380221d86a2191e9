/**
 * The stages that read poppler's `pdftotext` default output: lines it ran
 * together where it dropped a line-end hyphen, bullets printed alone, and the
 * footnote zone it prints without a rule.
 */
import { describe, expect, it } from 'vitest';
import { joinLoneBullets, textToLines } from '../../src/layout/text-lines.ts';
import { dropsHyphens, restoreAcronymHyphens, restoreFigureHyphens, restoreHyphensBeforeCapitals, restoreScriptHyphens, splitDroppedHyphenJoins } from '../../src/layout/joined-lines.ts';
import { addUnruledNoteZones, asPrinted } from '../../src/layout/unruled-notes.ts';
import { wrappedLines } from '../helpers/wrapped-text.ts';

// a page of body lines about 60 characters wide, each sentence complete on its line
const filler = (n: number, word = 'election'): string[] =>
  Array.from({ length: n }, (_, i) => `The mission observed the ${word} process in region ${i} as planned today.`);

describe('splitDroppedHyphenJoins', () => {
  const split = (joined: string, more: string[] = []): string[] =>
    splitDroppedHyphenJoins(textToLines([...filler(24), ...more, joined].join('\n'))).slice(24 + more.length).map((l) => l.text);

  it('gives back the two lines where a capital stands inside a word', () => {
    const joined = 'Observers visited the Akmola, Almaty, East Kazakhstan and NorthKazakhstan regions, and also the capital city.';
    expect(split(joined)).toEqual(['Observers visited the Akmola, Almaty, East Kazakhstan and North-', 'Kazakhstan regions, and also the capital city.']);
  });

  it('reads the width most lines keep where a third of the lines run two into one, and parts a line run into three', () => {
    // (a text that drops every hyphen of a hyphenating layout runs many lines together: they set no width)
    const wide = filler(14, 'voting').map((l) => `${l} ${l}`);
    const lines = (joined: string): string[] => splitDroppedHyphenJoins(textToLines([...filler(24), ...wide, joined].join('\n')), true).slice(24 + 14).map((l) => l.text);
    expect(lines('Several representatives of civil society voiced reservations about the amendUnder Article 12 of the Law. Two journalists were detained.')).toEqual([
      'Several representatives of civil society voiced reservations about the amend-',
      'Under Article 12 of the Law. Two journalists were detained.',
    ]);
    expect(lines('The mission observed the process in every region of the country and the cityVoters were told of the new rules at meetings held by local officials in each areaUnder Article 5 of the Law on Elections, the count is public.')).toEqual([
      'The mission observed the process in every region of the country and the city-',
      'Voters were told of the new rules at meetings held by local officials in each area-',
      'Under Article 5 of the Law on Elections, the count is public.',
    ]);
    // the first join inside a word (`obser` + `vers`), nothing to tell it: a strong sign further on still parts the line
    expect(lines('Members of the commission met in the capital on the first day of May and obser' + 'vers from abroad were present at every session in the cityVoters were told of the rules.')).toEqual([
      'Members of the commission met in the capital on the first day of May and observers from abroad were present at every session in the city-',
      'Voters were told of the rules.',
    ]);
  });

  it('parts a line only a little too wide at a capital inside a word where the capitalised part is a word the text writes elsewhere', () => {
    const joined = 'Several observers reported that the rules were applied unevenly in the camArticle 12 of the Law.';
    expect(split(joined, ['Article 5 of the Law applies.'])).toEqual(['Several observers reported that the rules were applied unevenly in the cam-', 'Article 12 of the Law.']);
    // (a brand's second half is no word of the text)
    const brand = 'Several observers reported that the rules were applied unevenly on the party YouTube channel.';
    expect(split(brand, ['Article 5 of the Law applies.'])).toEqual([brand]);
  });

  it('restores a compound the text writes with a hyphen elsewhere', () => {
    const joined = 'Members of the Majilis are elected directly for five years and for fiveyear terms through a proportional system.';
    const lines = split(joined, ['A five-year term is long.', 'Another five-year plan.']);
    expect(lines[0]!.endsWith('five-')).toBe(true);
    expect(lines.join('')).toBe(joined.replace('fiveyear', 'five-year'));
  });

  it('restores the hyphen before a word said again after a short one (`door-to-` / `door`)', () => {
    const joined = 'The ruling party launched its campaign in each region with door-todoor canvassing and rallies in the main squares.';
    expect(split(joined).join('')).toBe(joined.replace('door-todoor', 'door-to-door'));
  });

  // two lines a tool ran into one where it dropped a hyphen: a text whose tool drops every such hyphen
  const runTogether = [
    'The commission met in the capital on the first day of the month, and the observers were there as well as the press.',
    'The mission visited the regions in the north of the country, and its members met the local officials and parties.',
  ];

  it('tells a tool that drops every line-end hyphen by its lines run together, not by a text with none', () => {
    expect(dropsHyphens(textToLines([...filler(24), ...runTogether].join('\n')))).toBe(true);
    expect(dropsHyphens(textToLines(filler(26).join('\n')))).toBe(false);
    expect(dropsHyphens(textToLines([...filler(24), ...runTogether, 'The party was re-', 'The long-', 'The well-'].join('\n')))).toBe(false);
    // lines run wide where footnotes run into each other (pypdf), not at a dropped hyphen
    const runIn = runTogether.map((l, k) => `${l.slice(0, 60)}.${k + 2} See the Election Law of the Republic, as amended in the year ${k}.`);
    expect(dropsHyphens(textToLines([...filler(24), ...runIn].join('\n')))).toBe(false);
  });

  it('where the tool drops every hyphen, restores a compound on a line no wider than most, though the glued form was dropped elsewhere too', () => {
    const more = [...runTogether, 'There was a two-way exchange.', 'It was a two-way process.', 'The mission saw no twoway traffic on the roads in the region.'];
    const lines = split('The observers noted that the talks were in the end a twoway exchange of views.', more);
    expect(lines).toEqual(['The observers noted that the talks were in the end a two-', 'way exchange of views.']);
  });

  it('parts two figures run together at a dropped hyphen where the text writes ranges before the same word', () => {
    const joined = 'In the last year some 40 per cent of the members were replaced in the east, 1545 per cent in the west and some 12 per cent in the south of the land.';
    const more = ['Between 20-25 per cent of them were new.', 'In one town 5-8 per cent were new.'];
    expect(split(joined, more).join('')).toBe(joined.replace('1545', '15-45'));
    // without ranges written so, the figure stays as it is
    expect(split(joined, ['Between 20 and 25 per cent of them were new.', 'In one town 5 or 8 per cent were new.']).join('')).toBe(joined);
  });

  it('leaves a line no wider than most alone where the glued word ends it (`the Cooperation` / `Council`)', () => {
    const more = [...runTogether, 'There was co-operation.', 'Their co-operation was full.'];
    const line = 'It met the Shanghai Cooperation Organisation and the Cooperation';
    expect(split(line, more)).toEqual([line]);
  });

  it('splits a body line ending in a hyphen from the footnote text poppler ran into it', () => {
    const joined = 'The mission deployed 361 short-term observers from 41 participating187, 157, 218, 196, 300, 55 PECs in Almaty; 170 in Astana, 492 in the West.';
    const lines = split(joined, ['participating observers were present']);
    expect(lines[0]!.endsWith('participating-')).toBe(true);
    expect(lines[1]).toBe('187, 157, 218, 196, 300, 55 PECs in Almaty; 170 in Astana, 492 in the West.');
  });

  it('splits a body line from the footnote text poppler ran into it where a word in lower case meets a figure', () => {
    const joined = 'Комиссия мүшелерін оқыту кестесін бекітіп, мүшелерін кезең2022 жылғы 5 мамырда ОСК референдумды реттейтін қаулы қабылдады.';
    const lines = split(joined);
    expect(lines[0]!.endsWith('кезең-')).toBe(true);
    expect(lines[1]!.startsWith('2022 жылғы')).toBe(true);
  });

  it('gives back the hyphen of a word said twice or rhymed, on another first letter or one letter more', () => {
    const joined = 'Байқаушылар сайлау комиссияларының жұмысы туралы егжей-тегжейлі ережелердің болмауына қатысты алаңдаушылық білдірді.';
    const lines = split(joined.replace('егжей-тегжейлі', 'егжейтегжейлі'));
    expect(lines[0]!.endsWith('егжей-')).toBe(true);
    expect(lines.join('')).toBe(joined);
  });

  it('gives back the hyphen a web address parts its words with, where the words run together are words of the prose', () => {
    const joined = 'The list is at http://www.election.kz/eng/polling-stationsabroad.html for polling stations abroad.';
    expect(split(joined)).toEqual(['The list is at http://www.election.kz/eng/polling-stations-', 'abroad.html for polling stations abroad.']);
  });

  it('gives back the hyphen between a word and a year inside a web address that parts its words with hyphens', () => {
    const joined = 'Шетелдегі учаскелер тізімі: http://www.election.kz/eng/president2015/polling-stations.html жарияланған.';
    expect(split(joined)).toEqual(['Шетелдегі учаскелер тізімі: http://www.election.kz/eng/president-', '2015/polling-stations.html жарияланған.']);
  });

  it("weighs the join's place with the text's dictionary: a word it knows whole is seldom two, two it knows glued into one it does not were", () => {
    const words = new Set(['decisions', 'on', 'in', 'action', 'inaction', 'may', 'be', 'appealed', 'to', 'a', 'higher', 'level', 'commission', 'court', 'ht', 'ml']);
    const knows = (w: string): boolean => words.has(w.toLowerCase());
    const more = ['An action was taken.', 'The level was higher.'];
    const joined = 'Voters may appeal the decisions of commissions, and their inaction, to a higherlevel commission or to a court within three days.';
    const lines = (k?: typeof knows) => splitDroppedHyphenJoins(textToLines([...filler(24), ...more, joined].join('\n')), true, k).slice(26).map((l) => l.text);
    // `in`/`action` and `higher`/`level` are each two words of the text: without a dictionary nothing tells which
    expect(lines()).toEqual([joined]);
    expect(lines(knows)).toEqual([joined.slice(0, joined.indexOf('level')) + '-', joined.slice(joined.indexOf('level'))]);
    // parts of two letters are no evidence (`ht` and `ml` of `html`, which would tie with the address's own hyphen)
    const address = 'Lists of polling stations abroad: http://www.lake.org/lists/polling-stationsabroad.html today.';
    expect(splitDroppedHyphenJoins(textToLines([...filler(24), ...more, address].join('\n')), true, knows).slice(26).map((l) => l.text)).toEqual([
      'Lists of polling stations abroad: http://www.lake.org/lists/polling-stations-',
      'abroad.html today.',
    ]);
  });

  it('parts two words glued where the compound goes on with hyphens of its own, though the line is only a little too wide', () => {
    const words = new Set(['winner', 'takes', 'example', 'net']);
    const knows = (w: string): boolean => words.has(w.toLowerCase());
    const lines = (joined: string) => splitDroppedHyphenJoins(textToLines([...filler(24), joined].join('\n')), true, knows).slice(24).map((l) => l.text);
    const joined = 'The mission observed the count in each region under a winnertakes-all rule.';
    expect(lines(joined)).toEqual(['The mission observed the count in each region under a winner-', 'takes-all rule.']);
    // (a name, its ending after a hyphen, is no such compound)
    const name = 'The mission observed the count in each region through an Examplenet-ке link.';
    expect(lines(name)).toEqual([name]);
  });

  it('takes no known word of a part under three letters for two words, though the text writes both (`upon`: `up`, `on`)', () => {
    const words = new Set(['upon', 'up', 'on', 'invitation', 'observers', 'are', 'accredited', 'by', 'the', 'commission']);
    const knows = (w: string): boolean => words.has(w.toLowerCase());
    const more = ['Prices went up.', 'It is on the list.'];
    const joined = 'International observers are accredited by the commission upon invitation of the ministry, and their number is not limited.';
    const lines = splitDroppedHyphenJoins(textToLines([...filler(24), ...more, joined].join('\n')), true, knows).slice(26).map((l) => l.text);
    expect(lines).toEqual([joined]);
  });

  it("takes no acronym's plural of one letter for a dropped hyphen (`RECs`), as it takes an ending of two letters and more (`АБВның`)", () => {
    const joined = 'The election is administered by the central commission, 14 regional commissions (RECs), 190 district commissions and about 8,000 precinct commissions.';
    expect(split(joined)).toEqual([joined]);
  });

  it('keeps a long line it cannot read, and a word the text writes glued elsewhere', () => {
    const noEvidence = 'The observers noted that the commissions were formed according to the law and without any complaints.';
    expect(split(noEvidence)).toEqual([noEvidence]);
    const glued = 'The observers noted that the commissions were formed in accordance with law; something was missing there.';
    expect(split(glued, ['something', 'some thing'])).toEqual([glued]);
  });
});

describe('restoreHyphensBeforeCapitals', () => {
  it('puts back a hyphen dropped inside a Cyrillic word before a capital, in a line and in its cells', () => {
    const [l] = restoreHyphensBeforeCapitals(textToLines('город ЛесноПольск    12 400'));
    expect(l!.text).toBe('город Лесно-Польск 12 400');
    const cells = restoreHyphensBeforeCapitals([{ ...l!, text: 'город ЛесноПольск 12 400', segments: [{ x: 0, width: 17, text: 'город ЛесноПольск' }, { x: 21, width: 6, text: '12 400' }] }]);
    expect(cells[0]!.segments!.map((s) => s.text)).toEqual(['город Лесно-Польск', '12 400']);
  });
  it('leaves Latin names, acronyms and their inflections alone', () => {
    const texts = ['видео на YouTube', 'решения ОбСК и ТерСК', 'решениямиЦИК', 'Озеро ЛесноПольск'].map((t) => restoreHyphensBeforeCapitals(textToLines(t))[0]!.text);
    expect(texts).toEqual(['видео на YouTube', 'решения ОбСК и ТерСК', 'решениямиЦИК', 'Озеро Лесно-Польск']);
  });
});

describe('restoreAcronymHyphens', () => {
  const texts = (t: string) => restoreAcronymHyphens(textToLines(t)).map((l) => l.text);
  it("puts back the hyphen before an acronym's ending where the text hyphenates that acronym's endings elsewhere", () => {
    expect(texts('ЛСК-ның шешімі жарияланды.\nБарлығы ЛСКның 12 мүшесі және ОКБға хат жіберілді.')).toEqual(['ЛСК-ның шешімі жарияланды.', 'Барлығы ЛСК-ның 12 мүшесі және ОКБға хат жіберілді.']);
  });
  it("puts back the hyphen before an ending the text writes after an acronym's hyphen, where it so hyphenates three acronyms' endings and more", () => {
    const rule = 'ЛСК-ның шешімі, ОКБ-ға хат, ТМД-да кездесу болды.';
    expect(texts(`${rule}\nБарлығы АБВның мүшесі және АБВмен бірге.`)).toEqual([rule, 'Барлығы АБВ-ның мүшесі және АБВмен бірге.']);
    // two acronyms hyphenated are no rule yet
    expect(texts('ЛСК-ның шешімі, ОКБ-ға хат.\nБарлығы АБВның мүшесі.')).toEqual(['ЛСК-ның шешімі, ОКБ-ға хат.', 'Барлығы АБВның мүшесі.']);
  });
  it('leaves endings alone in a text that writes them without a hyphen, and one-letter endings', () => {
    expect(texts('решение ЛИКа и ЛИКом принято.\nthe LECs and LEC-appointed staff')).toEqual(['решение ЛИКа и ЛИКом принято.', 'the LECs and LEC-appointed staff']);
  });
});

describe('restoreFigureHyphens', () => {
  const texts = (t: string) => restoreFigureHyphens(textToLines(t)).map((l) => l.text);
  it('puts back the hyphen between a figure and a word glued to it where the text writes that word after a figure with one', () => {
    expect(texts('не более 2 000-кратного размера,\nа фонд ограничен 5 000кратного размера и 2015года')).toEqual(['не более 2 000-кратного размера,', 'а фонд ограничен 5 000-кратного размера и 2015года']);
  });
  it('leaves a word the text never writes after a figure with a hyphen', () => {
    expect(texts('2011 жылғы сайлау және 2015жылғы')).toEqual(['2011 жылғы сайлау және 2015жылғы']);
  });
});

describe('restoreScriptHyphens', () => {
  const texts = (t: string) => restoreScriptHyphens(textToLines(t)).map((l) => l.text);
  it('puts back the hyphen between Latin letters and a Cyrillic word glued to them where the text writes that word after a hyphen', () => {
    expect(texts('Заңның 2-бөлімінде айтылған,\nал 4.cбөлімінде басқаша')).toEqual(['Заңның 2-бөлімінде айтылған,', 'ал 4.c-бөлімінде басқаша']);
  });
  it('leaves a Latin letter slipped into a Cyrillic word the text never writes after a hyphen', () => {
    expect(texts('Pеспублика 2-бөлімінде')).toEqual(['Pеспублика 2-бөлімінде']);
  });
});

describe('joinLoneBullets', () => {
  it('puts a bullet printed alone in front of its item', () => {
    const lines = joinLoneBullets(textToLines('For information, contact:\n•\nJens, OSCE/ODIHR;\n•\nNeil, OSCE PA.'));
    expect(lines.map((l) => l.text)).toEqual(['For information, contact:', '• Jens, OSCE/ODIHR;', '• Neil, OSCE PA.']);
  });

  it('puts a bullet printed alone over a blank line in front of its item, where a line ending in a colon or an item introduces it', () => {
    const lines = joinLoneBullets(textToLines('For information, contact:\n•\n\nJens, OSCE/ODIHR;\n\n•\n\nNeil, OSCE PA.'));
    expect(lines.filter((l) => !l.blank).map((l) => l.text)).toEqual(['For information, contact:', '• Jens, OSCE/ODIHR;', '• Neil, OSCE PA.']);
    // under a sentence, a bullet over a blank line may be a bullet column printed apart: it stays
    const apart = joinLoneBullets(textToLines('The mission met the CEC.\n•\n\nJens, OSCE/ODIHR;'));
    expect(apart.map((l) => l.text)).toEqual(['The mission met the CEC.', '•', '', 'Jens, OSCE/ODIHR;']);
  });

  it("puts an item's number printed alone in front of its text where it opens a list or goes on with one, not a figure a sentence ran into", () => {
    const list = joinLoneBullets(textToLines('RECOMMENDATIONS\n1.\nThe law should be amended.\n2.\nThe CEC should publish its decisions.'));
    expect(list.map((l) => l.text)).toEqual(['RECOMMENDATIONS', '1. The law should be amended.', '2. The CEC should publish its decisions.']);
    const figure = joinLoneBullets(textToLines('The deposit is set at ten times the monthly wage, some EUR 1 000 or KZT\n490.\nRepublic of Ruritania'));
    expect(figure.map((l) => l.text)).toEqual(['The deposit is set at ten times the monthly wage, some EUR 1 000 or KZT', '490.', 'Republic of Ruritania']);
  });

  it('keeps the page an item number or a bullet opens for the item it is joined to', () => {
    const text = 'RECOMMENDATIONS\n1.\nThe law should be amended.\n2.\nThe CEC should publish its decisions.\n\f3.\n\nThe courts should hear appeals in public.\n\f•\nThe media should be free.';
    const lines = joinLoneBullets(textToLines(text)).filter((l) => !l.blank);
    expect(lines.map((l) => [l.text, l.pageStart])).toEqual([
      ['RECOMMENDATIONS', false], ['1. The law should be amended.', false], ['2. The CEC should publish its decisions.', false],
      ['3. The courts should hear appeals in public.', true], ['• The media should be free.', true],
    ]);
  });

  it('puts a bullet printed alone over a blank line in front of its item where the next item\'s bullet follows it (a list going on over a page)', () => {
    const lines = joinLoneBullets(textToLines('Mission report, page 16\n\n•\n\nJens, OSCE/ODIHR (+48-603-\n683 122);\n•\nNeil, OSCE PA.'));
    expect(lines.filter((l) => !l.blank).map((l) => l.text)).toEqual(['Mission report, page 16', '• Jens, OSCE/ODIHR (+48-603-', '683 122);', '• Neil, OSCE PA.']);
  });

  it("puts a bullet printed alone over a blank line in front of its item where the next item's bullet stands under the item's lines, past a blank line, or an item of many lines stands over it", () => {
    // (an item of many lines under a heading: no colon introduces the list, the next bullet stands past the item)
    const item = (first: string) => [first, 'and the second line of the item, which runs on and on,', 'a third line of it,', 'and a fourth line that ends it.'];
    // (the first item opens with a figure; the last has the item over it for what introduces it)
    const text = ['I. SUMMARY', '•', '', ...item('2031 began with a referendum'), '', '•', '', ...item('The campaign was low-key'), '', 'II. INTRODUCTION'].join('\n');
    expect(joinLoneBullets(textToLines(text)).filter((l) => !l.blank).map((l) => l.text)).toEqual([
      'I. SUMMARY', '• 2031 began with a referendum', ...item('').slice(1), '• The campaign was low-key', ...item('').slice(1), 'II. INTRODUCTION',
    ]);
  });

  it("takes a lone bullet right under an item's lines, no blank line between, for the next item's", () => {
    // (the item goes on from the page before, so nothing over the bullet introduces the list; items of many lines)
    const item = (first: string) => [first, 'and the second line of the item, which runs on and on,', 'a third line of it,', 'a fourth line of it,', 'a fifth line of it,', 'and a sixth line that ends it.'];
    const text = ['goes on from the page before and ends here.', '•', '', ...item('The campaign was low-key'), '•', '', ...item('Media coverage was limited')].join('\n');
    expect(joinLoneBullets(textToLines(text)).filter((l) => !l.blank).map((l) => l.text)).toEqual([
      'goes on from the page before and ends here.', '• The campaign was low-key', ...item('').slice(1), '• Media coverage was limited', ...item('').slice(1),
    ]);
  });
});

describe('joinLoneBullets, numbers', () => {
  it("puts an item's number printed alone over a blank line in front of its item where the next number stands under the item's lines", () => {
    const text = ['RECOMMENDATIONS', '', '1.', '', 'The law should be amended', 'in good time.', '', '2.', '', 'The courts should sit in public.', '', 'ABOUT US'].join('\n');
    expect(joinLoneBullets(textToLines(text)).filter((l) => !l.blank).map((l) => l.text)).toEqual(['RECOMMENDATIONS', '1. The law should be amended', 'in good time.', '2. The courts should sit in public.', 'ABOUT US']);
  });
});

describe('addUnruledNoteZones', () => {
  const body = filler(30);
  it('counts a line twice the median wide or more as the lines a tool ran into it, so a quarter of lines run together leaves the full width as it was', () => {
    const lengths = [...Array<number>(14).fill(64), 20, 31, 128, 131, 129, 190, 126];
    const printed = asPrinted(lengths).sort((a, b) => a - b);
    expect(printed[Math.floor(printed.length * 0.75)]).toBeLessThan(70);
    expect(printed.length).toBe(lengths.length + 6);
  });

  const note = (t: string) => `${t} This footnote line is set smaller, so that many more characters fit on it than on a body line.`;
  const page = (lines: string[]) => lines.join('\n');

  it('starts a zone at a footnote number that stands alone before a blank line', () => {
    const text = page([...body.slice(0, 20), '1', 'Note one.', '\f' + body[20], ...body.slice(21, 28), '2', '', note('Note two.'), '']);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    expect(out).toContain(note('2 Note two.'));
  });

  it('keeps wide body lines over a footnote whose number is the next of the sequence', () => {
    const wide = 'The mission observed the election process in region 9 and the campaign in all of its places as planned.';
    const text = page([...body.slice(0, 20), '1', note('Note one.'), '\f' + body[20], ...body.slice(21, 26), wide, wide, 'and the campaign went on.', '2', note('Note two.')]);
    const zones = addUnruledNoteZones(textToLines(text));
    const rule = zones.findIndex((l, i) => i > 25 && l.blank && l.rawLength >= 20);
    expect(zones[rule + 1]!.text).toBe(note('2 Note two.'));
  });

  it('opens no footnote at a lone number printed above a lower one on its page (a body marker poppler set apart)', () => {
    const text = page([...body.slice(0, 20), '1', note('Note one.'), '\f' + body[20], ...body.slice(21, 25), 'and the campaign in the', '5', 'regions went on as before and the parties met the voters.', ...body.slice(25, 28), '2', note('Note two.'), '3', note('Note three.')]);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    const rule = out.findIndex((l, i) => i > 22 && l === '');
    expect(out[rule + 1]).toBe(note('2 Note two.'));
    expect(out.findIndex((l) => l.includes('regions went on as before'))).toBeLessThan(rule);
  });

  it('takes a lone number for a body marker where its footnote opens further down, number and text on one line', () => {
    const text = page([...body.slice(0, 20), '1', note('Note one.'), '\f' + body[20], ...body.slice(21, 25), 'shared among two thirds of the', '    2', 'regions and the cities.  They must also pay.', ...body.slice(25, 28), note('2 Note two.')]);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    const rule = out.findIndex((l, i) => i > 22 && l === '');
    expect(out[rule + 1]).toBe(note('2 Note two.'));
    expect(out.indexOf('regions and the cities. They must also pay.')).toBeLessThan(rule);
  });

  it('takes footnotes printed number and text on one line over the zone into it, in sequence', () => {
    const text = page([...body.slice(0, 20), '1', note('Note one.'), '\f' + body[20], ...body.slice(21, 27), '2 Anonymous donations are prohibited.', note('3 Note three.'), note('4 Note four.')]);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    const rule = out.findIndex((l, i) => i > 22 && l === '');
    expect(out[rule + 1]).toBe('2 Anonymous donations are prohibited.');
  });

  it('opens the zone of footnotes whose numbers moved to the page end no higher than as many footnotes as moved numbers', () => {
    // a blank line, then a list of one-sentence items, then the two footnotes whose numbers moved, then the third
    const text = page([body[0]!, '', ...body.slice(1, 10), '', ...body.slice(10, 16), 'Only the protocols were published.', note('In Paragraph 25 of the document'), 'the recommendations.', '3', note('See Section 2.'), '1', '2']);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    const rule = out.lastIndexOf('');
    expect(out.slice(rule + 1)).toEqual(['1 Only the protocols were published.', note('2 In Paragraph 25 of the document'), 'the recommendations.', note('3 See Section 2.')]);
    expect(out.slice(rule - 6, rule)).toEqual(body.slice(10, 16));
  });

  it("opens a footnote whose number moved to the page's end inside the block of the one before it, where the numbers over their texts skip it", () => {
    // (footnotes 1 to 3 on the page, their numbers over their texts, but 2's printed at the page's end)
    const text = page([...body.slice(0, 14), body[14]!.replace('today.', 'today.1'), body[15]!.replace('today.', 'today.2'), body[16]!.replace('today.', 'today.3'), '1', '', 'See Article 5.', note('Another note.'), 'It ends here.', '3', note('A last note.'), '2']);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    const rule = out.lastIndexOf('');
    expect(out.slice(rule + 1)).toEqual(['1 See Article 5.', note('2 Another note.'), 'It ends here.', note('3 A last note.')]);
    expect(out.slice(rule - 3, rule)).toEqual([body[14]!.replace('today.', 'today.1'), body[15]!.replace('today.', 'today.2'), body[16]!.replace('today.', 'today.3')]);
  });

  it("takes a number set among a list's item numbers for the page's first footnote's, moved there as to the page's end", () => {
    // (footnote 1 on the page before; 2 and 3 on this one, 2's number printed over the list's first number)
    const text = page([...body.slice(0, 20), '1', note('Note one.'), '\f' + body[20], ...body.slice(21, 24), body[24]!.replace('today.', 'today.2'), 'RECOMMENDATIONS', '', '2', '', '1.', '', 'The law should be amended.', '', '2.', '', 'The courts should sit in public.3', '', note('See Article 5.'), '3', note('Another note.')]);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    const rule = out.lastIndexOf('');
    expect(out.slice(rule + 1)).toEqual([note('2 See Article 5.'), note('3 Another note.')]);
    expect(out.slice(0, rule).filter((l) => l !== '').slice(-5)).toEqual(['RECOMMENDATIONS', '1.', 'The law should be amended.', '2.', 'The courts should sit in public.3']);
  });

  it('reads the numbers moved off the footnotes where a running foot was printed between them as where none was', () => {
    // the page of the test above, three times, its running foot printed under the footnotes or not at all
    // (the page's first footnote's number moved to its end, the others printed on lines of their own over their texts)
    const SIDES = ['north', 'south', 'west'];
    const pageOf = (k: number, foot: boolean) => [...body.slice(k * 8, k * 8 + 8), note(`Note ${3 * k + 1} on the ${SIDES[k]}.`), 'It ends here.', `${3 * k + 2}`, note(`Another note on the ${SIDES[k]}.`), `${3 * k + 3}`, note(`A last note on the ${SIDES[k]}.`), ...(foot ? ['Republic of Ruritania', `Mission Report Page:${k + 1}`] : []), `${3 * k + 1}`];
    const read = (foot: boolean) => addUnruledNoteZones(textToLines([0, 1, 2].map((k) => pageOf(k, foot).join('\n')).join('\n\f'))).map((l) => l.text);
    const plain = read(false);
    expect(plain.filter((t) => /^\d+ Note/.test(t))).toEqual([0, 1, 2].map((k) => note(`${3 * k + 1} Note ${3 * k + 1} on the ${SIDES[k]}.`)));
    expect(read(true).filter((t) => !/^(Republic of Ruritania|Mission Report)/.test(t))).toEqual(plain);
  });

  it("reads a page's one footnote whose number moved under the running foot printed after it", () => {
    const foot = (k: number) => ['Republic of Ruritania', 'Early Elections, 1 May 2030', `Mission Report Page:${k}`];
    const pages = [
      [...body.slice(0, 12), '1', note('First note.'), ...foot(1)],
      [...body.slice(12, 24), '2', note('Second note.'), ...foot(2)],
      [...body.slice(24, 28), 'The court dismissed both appeals.', '', note('Under the law, decisions may be appealed'), 'within 5 days.', ...foot(3), '3'],
    ];
    const out = addUnruledNoteZones(textToLines(pages.map((p) => p.join('\n')).join('\n\f'))).map((l) => l.text);
    expect(out).toContain(note('3 Under the law, decisions may be appealed'));
    expect(out.filter((t) => /^\d Republic/.test(t))).toEqual([]);
  });

  it('gives no vote for the zone to a body line that is two lines run together: it opens no moved footnote', () => {
    // a body set in Times whose last line is two of its lines run together (a tool joined them), over the footnote
    // whose number moved to the page's end
    const typeset = wrappedLines(60, 40, 'times');
    const note = 'The commissions were formed in accordance with the law in force then, so';
    const joined = `Campaigns ${typeset[30]} ${typeset[31]}`;
    const text = [...typeset.slice(0, 14), '1', note, 'it says.', '\f' + typeset[20], ...typeset.slice(21, 30), joined, '«Lake Party» and the Hill Party registered their lists of candidates', 'in time.', '3', note, 'it says.', '2'].join('\n');
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    const rule = out.lastIndexOf('');
    expect(out[rule - 1]).toBe(joined);
    expect(out[rule + 1]).toBe('2 «Lake Party» and the Hill Party registered their lists of candidates');
  });

  it("parts the moved number of the page's first footnote from the last line it ran into at a dropped hyphen", () => {
    // `… the Social-` / `2` printed `… the Social2`: footnote 2's number moved to the page's end, into its last line
    const text = page([...body.slice(0, 20), '1', note('Note one.'), '\f' + body[20], ...body.slice(21, 28), note('The law was amended.'), '3', note('Note three.'), '4', note('Note four.'), 'The Ministry of Justice refused to register the party of the Social2']);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    expect(out).toContain(note('2 The law was amended.'));
    expect(out[out.length - 1]).toBe('The Ministry of Justice refused to register the party of the Social-');
  });

  it('opens no moved footnote at a heading in capitals under the gap, nor at the lead under it', () => {
    // the page's last paragraph, a blank line, a heading and the line leading to a table, then the footnote whose number moved
    const text = page([body[0]!, '', ...body.slice(1, 16), '', 'ANNEX: LIST OF MEETINGS', 'The mission met the following institutions:', note('See the law on public meetings.'), '2', note('Note two.'), '1']);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    const rule = out.lastIndexOf('');
    expect(out.slice(rule + 1)).toEqual([note('1 See the law on public meetings.'), note('2 Note two.')]);
    expect(out.slice(0, rule)).toEqual(expect.arrayContaining(['ANNEX: LIST OF MEETINGS', 'The mission met the following institutions:']));
  });

  it('does not open a moved footnote at a word that follows a figure (`since 16` / `May, and voters may …`)', () => {
    const cut = ['The lists were open for inspection at the PECs since 16', 'May, and voters may also check their registration online.', 'The campaign started on 5 May and those who are away may'];
    const text = page([body[0]!, '', ...body.slice(1, 14), ...cut, note('Section 3 of the Code says that the vote must be on one'), 'question.', '2', note('Note two.'), '1']);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    const rule = out.lastIndexOf('');
    expect(out.slice(rule - 3, rule)).toEqual(cut);
    expect(out[rule + 1]).toBe(note('1 Section 3 of the Code says that the vote must be on one'));
  });

  it('makes no zone on a page without a footnote number, none moved and none carried over, however wide its last line', () => {
    const joined = 'none of which was considered in an open session, and no case had been filed with the courts as yet.'; // two lines run together at a dropped hyphen
    const text = page([body[0]!, '', ...body.slice(1, 14), 'As of 26 May, the CEC had received 14 complaints, of which', joined, '\f' + body[20], ...body.slice(21, 26), '1', note('Note one.')]);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    expect(out.slice(out.indexOf(joined) - 2, out.indexOf(joined) + 1)).toEqual([body[13], 'As of 26 May, the CEC had received 14 complaints, of which', joined]);
  });

  it('takes a figure printed alone inside a footnote, past the next number and referred to nowhere above, for text: the next page\'s footnotes keep their numbers', () => {
    // footnote 1's number moved to the page's end; its second line stretched and printed a word a line, a date's day among them
    const page1 = [body[0]!, '', ...body.slice(1, 14), 'The mission was deployed on 3 May.1', note('The commission has met'), 'since', 'the', '9', 'June', 'session', 'of', 'parliament.', '1'];
    const page2 = ['\f' + body[20], ...body.slice(21, 26), 'The law was amended in spring.2', note('Note two.'), '2'];
    const out = addUnruledNoteZones(textToLines(page([...page1, ...page2]))).map((l) => l.text);
    expect(out).toContain(note('1 The commission has met'));
    expect(out).toContain('9');
    expect(out).not.toContain('9 June');
    expect(out).toContain(note('2 Note two.'));
  });

  it('opens no zone at a line that opens with the next number where the full line above goes on into it and nothing refers to that footnote (a date)', () => {
    const cut = ['The new Code remains at odds with the commitments and the principles it cites, in force since', '1 January 2015, and it retains the offence of insult in its articles on officials.'];
    const page1 = [body[0]!, '', ...body.slice(1, 14), ...cut, ...body.slice(14, 18)];
    const page2 = ['\f' + body[20], ...body.slice(21, 26), 'The law was amended in spring.1', '1', note('Note one.')];
    const out = addUnruledNoteZones(textToLines(page([...page1, ...page2]))).map((l) => l.text);
    expect(out.slice(out.indexOf(cut[0]!), out.indexOf(cut[0]!) + 2)).toEqual(cut);
    expect(out).toContain(note('1 Note one.'));
  });

  it("does not open a moved footnote at a figure's next digits wrapped to the line under its first ones (`… 9 472` / `035 voters …`)", () => {
    // footnotes set hardly wider than the body: a wide body line votes for the zone as one of theirs would
    const noteLine = (k: number) => `Footnote line ${k} is set in a smaller size than body text and so it runs a bit wider.`;
    const page1 = [body[0]!, '', ...body.slice(1, 20), 'The law was amended.1', '1', ...[1, 2, 3, 4, 5, 6].map(noteLine), 'End of note.'];
    const cut = ['The commission registered 1 204 311 voters, some 2 000 more than the 1 202', '035 voters it counted in January, and the lists stay open for inspection until'];
    const page2 = ['\f' + body[20], ...body.slice(21, 28), ...cut, 'Article 41 of the Constitution and Article 54 of the Election Law.', '3', noteLine(7), 'Note three.', '2'];
    const out = addUnruledNoteZones(textToLines(page([...page1, ...page2]))).map((l) => l.text);
    const rule = out.lastIndexOf('');
    expect(out.slice(rule - 2, rule)).toEqual(cut);
    expect(out[rule + 1]).toBe('2 Article 41 of the Constitution and Article 54 of the Election Law.');
  });

  it('opens no moved footnote at a sentence start whose line refers to the footnote after the page\'s last', () => {
    // the body goes on over the page; a line of it refers to footnote 4, which the next page holds
    const cut = ['Journalists told the mission that several of them were sued in the last year and', 'Several say they avoid politics now. 4 The law on the'];
    const text = page([body[0]!, '', ...body.slice(1, 14), ...cut, note("See the Committee's General Comment No. 25."), '3', note('Note three.'), '2']);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    const rule = out.lastIndexOf('');
    expect(out.slice(rule - 2, rule)).toEqual(cut);
    expect(out[rule + 1]).toBe(note("2 See the Committee's General Comment No. 25."));
  });

  it('reads numbers moved to the page end with blank lines between them', () => {
    const text = page([body[0]!, '', ...body.slice(1, 12), 'Article 11.1 of the Election Law.', 'See the decisions of the commission.', '3', note('Note three.'), '1', '', '2', '']);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    expect(out).toContain('1 Article 11.1 of the Election Law.');
    expect(out).toContain('2 See the decisions of the commission.');
  });

  it('takes a lone number in the zone that breaks the sequence for text (a date printed on a line of its own)', () => {
    const text = page([body[0]!, '', ...body.slice(1, 14), '1', note('The figure was announced on'), '5', 'April. See the decision.', '2', note('Note two.'), '3', note('Note three.')]);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    expect(out).toContain('5');
    expect(out.some((l) => l.startsWith('5 April'))).toBe(false);
    expect(out).toContain(note('2 Note two.'));
    expect(out).toContain(note('3 Note three.'));
  });

  it('opens a zone at the next footnote printed number and text on one line, on a page of a text that mostly prints numbers alone', () => {
    const text = page([...body.slice(0, 20), '1', note('Note one.'), '\f' + body[20], ...body.slice(21, 28), '2 See the Election Law.', '3 See the decree of the President.']);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    const rule = out.findIndex((l, i) => i > 22 && l === '');
    expect(out.slice(rule + 1)).toEqual(['2 See the Election Law.', '3 See the decree of the President.']);
  });

  it('takes a footnote line cut short by a web address that would not fit for a footnote line, under a moved number', () => {
    const text = page([...body.slice(0, 20), '1', note('Note one.'), '\f' + body[20], ...body.slice(21, 28), note('Given the short time between the calling and the day,'), 'ODIHR did not conduct a mission. Reports are available at', 'https://www.osce.org/odihr/elections/kazakhstan.', '3', note('Note three.'), '2']);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    expect(out).toContain(note('2 Given the short time between the calling and the day,'));
  });

  it('opens a moved footnote over the web address its line introduces (`… available at:` / `https://…`)', () => {
    const text = page([...body.slice(0, 20), '1', note('Note one.'), '\f' + body[20], ...body.slice(21, 28), 'The mission was deployed on 12 May, and on 5', 'The reports of the Office are available at:', 'https://www.osce.org/odihr/elections/lakeland.', '3', note('Note three.'), '2']);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    expect(out).toContain('2 The reports of the Office are available at:');
    expect(out).toContain('The mission was deployed on 12 May, and on 5');
  });

  it('keeps body lines out of the zone by their width where footnote lines run no wider than the body', () => {
    const same = (i: number) => `The footnote recalls the decree of the commission number ${i} of the year 1.`;
    const wide = (i: number) => `The mission observed the election process in all region ${i} as planned today.`;
    const notes = Array.from({ length: 8 }, (_, i) => same(i));
    const text = page([...body.slice(0, 20), '1', ...notes, '\f' + body[20], ...body.slice(21, 27), wide(7), wide(8), '3', ...notes.slice(0, 3)]);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    const rule = out.findIndex((l, i) => i > 29 && l === '');
    expect(out.slice(rule - 2, rule)).toEqual([wide(7), wide(8)]);
  });

  it('takes a line wider in glyphs than any body line runs into the zone, however few its characters (capitals and figures)', () => {
    // a body set in Times, a line a sentence goes on under about 60 average characters wide; footnote lines hold 72
    const typeset = wrappedLines(60, 40, 'times');
    const note = 'The commissions were formed in accordance with the law in force then, so';
    const wide = 'WARSAW, MINSK, MOSCOW, VIENNA 1,870 and 1,570 in ALMATY'; // 55 characters, a tenth past the body's margin
    const text = [...typeset.slice(0, 14), '1', note, note, 'it says.', '2', note, note, 'it says.', '\f' + typeset[20], ...typeset.slice(21, 38), wide, 'Almaty and Astana.', '3'].join('\n');
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    expect(out.slice(-2)).toEqual([`3 ${wide}`, 'Almaty and Astana.']);
  });

  it('does not take a number far ahead of the sequence for a footnote', () => {
    const text = page([...body.slice(0, 20), '1', note('Note one.'), '\f' + body[20], 'Tel.: +7-7172-901', '771', 'Fax: +7-7172-901', '2', note('Note two.')]);
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    expect(out).toContain('771');
    expect(out.some((l) => l.startsWith('771 '))).toBe(false);
    expect(out).toContain(note('2 Note two.'));
  });
});

describe('addUnruledNoteZones, a footnote cut at the foot of a page', () => {
  const body = filler(30);
  const note = (t: string) => `${t} This footnote line is set smaller, so that many more characters fit on it than on a body line.`;
  const goesOn = 'The mission observed the election process in region 7 and the removal of';
  const short = (end: string) => ['Page one text ends here today.', ...body.slice(0, 19), '1', note('Note one, see'), end];
  const zoneOf = (out: string[], text: string): boolean => {
    const at = out.indexOf(text);
    const rule = out.lastIndexOf('', at);
    return at > 0 && rule >= 0 && out.slice(rule + 1, at).every((l) => l !== '') && out.slice(0, rule).some((l) => l === goesOn);
  };

  it('goes on in a short lower-case line right above the next numbered footnote', () => {
    const text = [...short('the number or'), '\f' + body[20], ...body.slice(21, 27), goesOn, 'political affiliation of appointed members.', '2', note('Note two.')].join('\n');
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    expect(zoneOf(out, 'political affiliation of appointed members.')).toBe(true);
  });

  it('goes on in a lower-case line that ends a sentence right above the next numbered footnote, though it runs as wide as a body line', () => {
    const rest = 'political affiliation of the temporarily appointed commission members.'; // 70 characters, the body's 72
    const text = [...short('the number or'), '\f' + body[20], ...body.slice(21, 27), goesOn, rest, '2', note('Note two.')].join('\n');
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    expect(zoneOf(out, rest)).toBe(true);
  });

  it('has ended when it closes on a web address: the short line is the body\'s', () => {
    const text = [...short('http://www.osce.org/fom/37188'), '\f' + body[20], ...body.slice(21, 27), goesOn, 'polling stations are located.', '2', note('Note two.')].join('\n');
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    expect(zoneOf(out, 'polling stations are located.')).toBe(false);
    expect(out).toContain('polling stations are located.');
  });

  it('has ended when its last line ends a sentence and a running foot follows (`Mission Report page 1`): the short line is the body\'s', () => {
    const foot = (n: number) => `Needs Assessment Mission Report page ${n}`;
    const text = [
      ...short('the number of seats.'),
      foot(1),
      '\f' + body[20],
      ...body.slice(21, 27),
      goesOn,
      'polling stations are located.',
      '2',
      note('Note two.'),
      foot(2),
      '\f' + body[27],
      ...body.slice(0, 12),
      '3',
      note('Note three.'),
      foot(3),
    ].join('\n');
    const out = addUnruledNoteZones(textToLines(text)).map((l) => l.text);
    expect(zoneOf(out, 'polling stations are located.')).toBe(false);
    expect(out).toContain('polling stations are located.');
  });
});

