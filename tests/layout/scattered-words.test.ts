import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { joinScatteredWords } from '../../src/layout/scattered-words.ts';

const filler = (n: number, word = 'election'): string[] =>
  Array.from({ length: n }, (_, i) => `The mission observed the ${word} process in region ${i} as planned today.`);

describe('joinScatteredWords', () => {
  it('joins a stretched line poppler printed one word a line, and leaves footnote numbers alone', () => {
    const lines = textToLines([...filler(24), 'However', '«Kazakhstan»', 'and', '«Khabar»', 'channels', 'portrayed two parties negatively.', '12', 'A note.'].join('\n'));
    const out = joinScatteredWords(lines).slice(24).map((l) => l.text);
    expect(out).toEqual(['However «Kazakhstan» and «Khabar» channels', 'portrayed two parties negatively.', '12', 'A note.']);
  });

  it("takes a figure after a stretched line's first word under prose for one of its words", () => {
    const words = ['The commission set the deadline for the count of the', 'votes', '15', 'days', 'after', 'the', 'vote, and the results were published.'];
    const out = joinScatteredWords(textToLines([...filler(24), ...words].join('\n'))).slice(24).map((l) => l.text);
    expect(out).toEqual(['The commission set the deadline for the count of the', 'votes 15 days after the', 'vote, and the results were published.']);
  });

  it("leaves a paragraph's one-word last line apart from the stretched line of words under it", () => {
    const words = ['and the rallies of the two other candidates were', 'held.', 'Voters', 'http://www.example.org/elections/voters/search-the-list-by-name.html', 'may', 'check', 'their entry on the list with their number.'];
    const out = joinScatteredWords(textToLines([...filler(24), ...words].join('\n'))).slice(24).map((l) => l.text);
    expect(out).toEqual(['and the rallies of the two other candidates were', 'held.', 'Voters http://www.example.org/elections/voters/search-the-list-by-name.html may check', 'their entry on the list with their number.']);
  });

  it("takes a figure that opens the words for the stretched line's first word, unless the page refers to a footnote of its number", () => {
    const words = ['The meeting ended early.', '29', 'groups', 'met', 'the', 'mission', 'during', 'the first week of its work.'];
    const out = joinScatteredWords(textToLines([...filler(24), ...words].join('\n'))).slice(24).map((l) => l.text);
    expect(out).toEqual(['The meeting ended early.', '29 groups met the mission during', 'the first week of its work.']);
    // a line above refers to footnote 29: its number, the footnote's first line stretched
    const noted = joinScatteredWords(textToLines([...filler(23), 'As the mission was told.29', ...words].join('\n'))).slice(25).map((l) => l.text);
    expect(noted).toEqual(['29', 'groups met the mission during', 'the first week of its work.']);
  });

  it('joins words printed apart by empty lines where the first stands right under prose (lines set far apart), and the empty line after them where the sentence goes on', () => {
    const words = ['The incumbent has held office since the country gained its', 'independence', '', 'and', '', 'under', '', 'a', '', '2011', '', 'provision', '', 'applying', '', 'to', '', 'him', '', 'alone', '', 'is not subject to the limit of two consecutive terms.'];
    const out = joinScatteredWords(textToLines([...filler(24), ...words].join('\n'))).slice(24).map((l) => (l.blank ? '' : l.text));
    expect(out).toEqual(['The incumbent has held office since the country gained its', 'independence and under a 2011 provision applying to him alone', 'is not subject to the limit of two consecutive terms.']);
    // (a run that ends a sentence keeps the empty line under it)
    const ended = ['The incumbent has held office since the country gained its', 'independence', '', 'in', '', 'the', '', 'year', '', 'of', '', '1991.', '', 'The next paragraph opens here.'];
    expect(joinScatteredWords(textToLines([...filler(24), ...ended].join('\n'))).slice(24).map((l) => (l.blank ? '' : l.text))).toEqual([
      'The incumbent has held office since the country gained its', 'independence in the year of 1991.', '', 'The next paragraph opens here.',
    ]);
  });

  it("leaves a table's cells apart by empty lines alone under a paragraph's last word", () => {
    const cells = ['The seven lists registered by the commission are shown in the table', 'below.', '', 'Party', '', 'Unity', '', 'Justice', '', 'Green Path', '', 'Votes'];
    const out = joinScatteredWords(textToLines([...filler(24), ...cells].join('\n'))).slice(24).map((l) => (l.blank ? '' : l.text));
    expect(out).toEqual(cells);
  });

  it("joins an item's first line printed a word a line under its bullet printed apart", () => {
    const words = ['The previous item ends here.', '•', '', 'As', '', 'of', '', '20', '', 'May,', '', 'the', '', 'voter', '', 'lists', '', 'held', '', 'some 11 million voters in all the regions.'];
    const out = joinScatteredWords(textToLines([...filler(24), ...words].join('\n'))).slice(24).map((l) => (l.blank ? '' : l.text));
    expect(out).toEqual(['The previous item ends here.', '•', '', 'As of 20 May, the voter lists held', 'some 11 million voters in all the regions.']);
  });

  it('joins words printed between lines of a space (MuPDF), but not across an empty line', () => {
    const lines = textToLines([...filler(24), 'The', ' ', 'Statement', ' ', 'is', ' ', 'available', 'at the address.', '', 'One', '', 'Two', '', 'Three'].join('\n'));
    const out = joinScatteredWords(lines).slice(24).filter((l) => !l.blank).map((l) => l.text);
    expect(out).toEqual(['The Statement is available', 'at the address.', 'One', 'Two', 'Three']);
  });

  it("takes two words a wider space parts for one piece of the run, where the next piece opens with a space (MuPDF)", () => {
    const lines = textToLines([...filler(24), 'In', ' ', 'May', ' the  ', 'commission  met', ' on', ' «Sunday»', '', 'Two', 'words  here', 'Three'].join('\n'));
    const out = joinScatteredWords(lines).slice(24).filter((l) => !l.blank).map((l) => l.text);
    expect(out).toEqual(['In May the commission met on «Sunday»', 'Two', 'words here', 'Three']);
  });

  it('takes a figure printed between two of the words, a line of a space either side, for one of them (a date)', () => {
    const lines = textToLines([...filler(24), 'statement', ' ', '12', ' ', 'March', ' ', 'election', ' ', 'was', 'called early.', '', '3', 'A note.'].join('\n'));
    const out = joinScatteredWords(lines).slice(24).filter((l) => !l.blank).map((l) => l.text);
    expect(out).toEqual(['statement 12 March election was', 'called early.', '3', 'A note.']);
  });

  it('joins a word wrapped after its hyphen to the next with no space (a narrow cell: `Северо-` / `Лесная` / `область`)', () => {
    const lines = textToLines([...filler(24), 'Северо-', 'Лесная', 'область', '1 204 17,5'].join('\n'));
    expect(joinScatteredWords(lines).slice(24).map((l) => l.text)).toEqual(['Северо-Лесная область', '1 204 17,5']);
  });

  it("leaves a header cell's last word alone over a row's label and figures (`(в` / `процентах)` / `Лесная` / `область`)", () => {
    const lines = textToLines([...filler(24), 'Явка (в', 'процентах)', 'Лесная', 'область', '514 664 71,2'].join('\n'));
    expect(joinScatteredWords(lines).slice(24).map((l) => l.text)).toEqual(['Явка (в', 'процентах)', 'Лесная', 'область', '514 664 71,2']);
  });

  it("leaves a list's item numbers printed apart from their items alone (`1.` `2.` `3.` `4.`)", () => {
    const lines = textToLines([...filler(24), '1.', '2.', '3.', '4.', '', 'The law should be reviewed.'].join('\n'));
    expect(joinScatteredWords(lines).slice(24).filter((l) => !l.blank).map((l) => l.text)).toEqual(['1.', '2.', '3.', '4.', 'The law should be reviewed.']);
  });

  it('takes figures printed a line each between two words either side for words of the stretched line, not after a sentence ends', () => {
    const lines = textToLines([...filler(24), 'The commission heard', 'complaints', 'from', 'some', '4', '512', 'polling', 'stations', 'in', 'all', 'regions', 'of the country before the vote.5', 'were', 'not', 'public.', '5', 'regions', 'reported', 'a turnout above 97 per cent in the vote.'].join('\n'));
    // (the `5` after the sentence's end is the footnote's number the line above refers to)
    expect(joinScatteredWords(lines).slice(24).map((l) => l.text)).toEqual([
      'The commission heard',
      'complaints from some 4 512 polling stations in all regions',
      'of the country before the vote.5',
      'were not public.',
      '5',
      'regions',
      'reported',
      'a turnout above 97 per cent in the vote.',
    ]);
  });

  it("leaves a table's cells printed a line each alone: figures stand between a label and figures, not between words", () => {
    const cells = ['Coast', '35', '34.3', 'Hills', '38', '21.1', 'Valley', '44', '36.4', 'Lakes', '26', '46.2'];
    expect(joinScatteredWords(textToLines([...filler(24), ...cells].join('\n'))).slice(24).map((l) => l.text)).toEqual(cells);
  });

  it('parts two stretched lines printed word by word inside a paragraph into two lines, none where a sentence ends among them', () => {
    const words = ['commissions', '(DECs)', 'and', 'polling', 'station', 'commissions', 'formed', 'a', 'four-level', 'administration', 'structure', 'altogether'];
    const text = (ws: string[]) => textToLines([...filler(24), 'the election was run by the central commission and the', ...ws, 'administered the vote; the commission met every deadline.'].join('\n'));
    expect(joinScatteredWords(text(words)).slice(25, 27).map((l) => l.text)).toEqual(['commissions (DECs) and polling station commissions', 'formed a four-level administration structure altogether']);
    const ended = ['were', 'adopted', 'unanimously.', 'Most', 'interlocutors', 'described', 'the', 'public', 'sector', 'employees', 'as', 'pressed', 'to', 'attend', 'rallies'];
    expect(joinScatteredWords(text(ended)).slice(25, 28).map((l) => l.text)).toEqual(['were', 'adopted', 'unanimously.']);
  });

  it("joins a stretched line's words before the long word that pushed them apart (a web address), the address apart", () => {
    const address = 'http://www.example.org/legal/decrees/on-calling-an-early-election-of-the-president.html';
    const lines = textToLines([...filler(24), 'See', 'the', 'decree', 'No.', '2077', 'here:', address, '2', 'A note.'].join('\n'));
    expect(joinScatteredWords(lines).slice(24).map((l) => l.text)).toEqual(['See the decree No. 2077 here:', address, '2', 'A note.']);
  });

  it("leaves a table cell's words alone where they stand in from the margin", () => {
    const lines = textToLines([...filler(24), 'Name        «Dala» farm        154 377', '            workers', '            union', '            members', 'Text.'].join('\n'));
    expect(joinScatteredWords(lines).slice(24).map((l) => l.text)).toEqual(['Name «Dala» farm 154 377', 'workers', 'union', 'members', 'Text.']);
  });
});
