import { describe, expect, it } from 'vitest';
import { joinLines, wordEvidence } from '../../src/structure/join.ts';
import { resources } from '../../src/lang/index.ts';

describe('joinLines', () => {
  const ru = resources('ru');
  const en = resources('en');
  const kk = resources('kk');

  it('keeps the hyphen of real compounds', () => {
    expect(joinLines(['в Мангыстауской, Север-', 'Казахстанской областях'], ru)).toBe('в Мангыстауской, Север-Казахстанской областях');
    expect(joinLines(['доступ на веб-', 'сайты был закрыт'], ru)).toBe('доступ на веб-сайты был закрыт');
    expect(joinLines(['снижение 7-', 'процентного барьера'], ru)).toBe('снижение 7-процентного барьера');
    expect(joinLines(['ЕҚЫҰ-', 'ның міндеттемелері'], kk)).toBe('ЕҚЫҰ-ның міндеттемелері');
    expect(joinLines(['the post-', 'election period'], en)).toBe('the post-election period');
  });

  it('puts a line-end hyphen printed apart from its word back to it where the document writes the word whole', () => {
    // a footnote's line and its rest, the body's lines printed between them
    const ev = wordEvidence(['the independent candidates', 'two were nominated', 'the votes were counted twice']);
    expect(joinLines(['two inde -', 'pendent lists'], en, ev)).toBe('two independent lists');
    // a dash between two words stays one: the two make no word the document writes
    expect(joinLines(['two lists -', 'nominated late'], en, ev)).toBe('two lists - nominated late');
    // and without the document's words nothing is known
    expect(joinLines(['two inde -', 'pendent lists'], en)).toBe('two inde - pendent lists');
  });

  it('keeps the hyphen of an ending put after a numbered reference that ends in a letter', () => {
    expect(joinLines(['кодекстің II.4.c-', 'тармағы бойынша'], kk)).toBe('кодекстің II.4.c-тармағы бойынша');
    expect(joinLines(['пункта 3.2.а-', 'го'], ru)).toBe('пункта 3.2.а-го');
  });

  it("drops a prefix's hyphen before a syllable: three letters the document writes no word with", () => {
    const ev = wordEvidence(['an anti-party speech', 'the votes were counted twice']);
    expect(joinLines(['the vase was anti-', 'que and rare'], en, ev)).toBe('the vase was antique and rare');
    expect(joinLines(['an anti-', 'party speech'], en, ev)).toBe('an anti-party speech');
    // (a longer rest is the compound's word, written elsewhere or not)
    expect(joinLines(['an anti-', 'fraud law'], en, ev)).toBe('an anti-fraud law');
    // `pro-` is such a prefix too (`pro-reform`), and a syllable as often (`pro-` / `vided`)
    const party = wordEvidence(['the reform was passed', 'the votes were counted twice', 'as provided by law', 'x'.repeat(10)]);
    expect(joinLines(['the pro-', 'reform parties'], en, party)).toBe('the pro-reform parties');
    expect(joinLines(['as pro-', 'vided by law'], en, party)).toBe('as provided by law');
  });

  it('keeps the hyphen before a compound that goes on past the break, after a word the text writes on its own', () => {
    const ev = wordEvidence(['the winner was known', 'an international standard', 'the first count']);
    expect(joinLines(['a winner-', 'takes-all contest'], en, ev)).toBe('a winner-takes-all contest');
    // (a word's first letters are no word of the text; a word the text writes whole is one word again)
    expect(joinLines(['a govern-', 'ment-run body'], en, ev)).toBe('a government-run body');
    expect(joinLines(['the hand-', 'ful-sized box'], en, wordEvidence(['the hand count', 'a handful came']))).toBe('the handful-sized box');
  });

  it("keeps the hyphen between two words the dictionary knows, not as one, where the document's own words say nothing", () => {
    const dictionary = new Set(['paper', 'thin', 'water', 'tight', 'watertight', 'ballot', 'papers', 'the', 'were']);
    const knows = (w: string): boolean => dictionary.has(w);
    const ev = wordEvidence(['the ballot papers were printed', 'and counted'], knows);
    expect(joinLines(['the paper-', 'thin majority'], en, ev)).toBe('the paper-thin majority');
    // one word it knows whole, or a piece it does not know, is a word broken at the line's end
    expect(joinLines(['a water-', 'tight case'], en, ev)).toBe('a watertight case');
    expect(joinLines(['the obser-', 'vers were'], en, ev)).toBe('the observers were');
    // without the dictionary the language's default holds
    expect(joinLines(['the paper-', 'thin majority'], en, wordEvidence(['the ballot papers were printed', 'and counted']))).toBe('the paperthin majority');
  });

  it('joins a beginning the dictionary does not know to a rest it knows the whole of, though the document writes words that begin with each', () => {
    const dictionary = new Set(['persistent', 'persists', 'tentative', 'the', 'body', 'of', 'a', 'plan']);
    const knows = (w: string): boolean => dictionary.has(w);
    const ev = wordEvidence(['the body persists', 'a tentative plan'], knows);
    expect(joinLines(['a persis-', 'tent body'], en, ev)).toBe('a persistent body');
  });

  it('keeps the hyphen where a compound of several words goes on over the line, each part a word the document writes', () => {
    const ev = wordEvidence(['they went from house to house', 'and the door was open', 'on the eve of the vote']);
    expect(joinLines(['canvassing from house-to-', 'house on the eve'], en, ev)).toBe('canvassing from house-to-house on the eve');
    // a word broken inside the compound's last part stays one word
    expect(joinLines(['a long-stand-', 'ing issue'], en, ev)).toBe('a long-standing issue');
  });

  it('joins an address broken after its scheme without a space', () => {
    expect(joinLines(['the list is at http://', 'www.example.org/voters.'], en)).toBe('the list is at http://www.example.org/voters.');
  });

  it("drops a hyphen a hyphenating layout put into an address's word, where the text writes the word whole and never with it", () => {
    const text = ['See www.example.org/ruritania/2030 and', 'http://www.example.org/elections/rurita-', 'nia/early-election-2030 on Ruritania.'];
    const evidence = wordEvidence(text);
    expect(joinLines(text, en, evidence)).toBe('See www.example.org/ruritania/2030 and http://www.example.org/elections/ruritania/early-election-2030 on Ruritania.');
    // an address's own hyphen stays
    const own = ['at http://www.example.org/elections/early-', 'election-2030 and early elections'];
    expect(joinLines(own, en, wordEvidence(own))).toBe('at http://www.example.org/elections/early-election-2030 and early elections');
  });

  it('keeps a hyphen a web address broke at: addresses are never hyphenated', () => {
    expect(joinLines(['on http://www.azattyq.org and http://www.kplus-', 'tv.net (available'], en)).toBe('on http://www.azattyq.org and http://www.kplus-tv.net (available');
    expect(joinLines(['see www.osce-', 'odihr.org'], en)).toBe('see www.osce-odihr.org');
  });

  it('removes line-break hyphenation', () => {
    expect(joinLines(['избира-', 'тельных комиссий'], ru)).toBe('избирательных комиссий');
    expect(joinLines(['the elec-', 'tion day'], en)).toBe('the election day');
    // Kazakh writes many paired words with a hyphen, so only the document's own spelling breaks one
    expect(joinLines(['сайлау-', 'шылар тізімі'], kk, wordEvidence(['барлық сайлаушылардың']))).toBe('сайлаушылар тізімі');
    expect(joinLines(['халықтың әл-', 'ауқаты'], kk)).toBe('халықтың әл-ауқаты');
  });

  it('reads a fragment of Kazakh endings as a word’s rest only in a document that breaks words at its line ends', () => {
    // (`қатерлерді` reads as endings alone: қа-тер-лер-ді)
    const body = Array.from({ length: 40 }, (_, i) => `сайлау учаскесі ${i} жұмыс істеді`);
    // a document whose two line-end hyphens are both compounds' own: it breaks no word
    const whole = wordEvidence([...body, 'экономикалық сын-', 'қатерлерді ескере', 'егжей-', 'тегжейлі']);
    expect(joinLines(['экономикалық сын-', 'қатерлерді ескере'], kk, whole)).toBe('экономикалық сын-қатерлерді ескере');
    // one that breaks a word it writes whole elsewhere breaks this one too
    const breaking = wordEvidence([...body, 'экономикалық сын-', 'қатерлерді ескере', 'барлық сайлау-', 'шылар', 'сайлаушылар тізімі', 'егжей-', 'тегжейлі']);
    expect(joinLines(['экономикалық сын-', 'қатерлерді ескере'], kk, breaking)).toBe('экономикалық сынқатерлерді ескере');
  });

  it('joins a word in an inflection written nowhere else, in a document that breaks words, by its stem one letter past the break', () => {
    // (`него` is a word of its own, and `двухлет` begins one: two words, were it not for the stem)
    const lines = ['срок в двухлетний период', 'у него нет', 'и избира-', 'тели голосовали', 'до истечения двухлет-', 'него срока'];
    const breaking = wordEvidence([...lines, 'избиратели пришли']);
    expect(joinLines(['до истечения двухлет-', 'него срока'], ru, breaking)).toBe('до истечения двухлетнего срока');
    // a document that breaks no word keeps reading such a pair as two words, as before
    const whole = wordEvidence(['срок в двухлетний период', 'у него нет', 'до истечения двухлет-', 'него срока']);
    expect(joinLines(['до истечения двухлет-', 'него срока'], ru, whole)).toBe('до истечения двухлет-него срока');
  });

  it("reads a short prefix's hyphen as a syllable's break in a document that breaks words, unless a word it writes on its own follows", () => {
    const breaking = wordEvidence(['the commis-', 'sion met and the commission', 'was elected by the President', 'the elec-', 'tion was held']);
    expect(breaking.breaksWords).toBe(true);
    expect(joinLines(['to pre-', 'vent abuse'], en, breaking)).toBe('to prevent abuse');
    expect(joinLines(['the ex-', 'amination was held'], en, breaking)).toBe('the examination was held');
    expect(joinLines(['the ex-', 'President spoke'], en, breaking)).toBe('the ex-President spoke');
    expect(joinLines(['the ex-', 'president spoke'], en, breaking)).toBe('the ex-president spoke');
    // (a compound the language writes with the prefix stays: `re-election`)
    expect(joinLines(['his re-', 'election'], en, breaking)).toBe('his re-election');
    // a document that breaks no words keeps the prefixes' hyphens
    const whole = wordEvidence(['the commission was elected', 'the venture failed']);
    expect(joinLines(['to pre-', 'vent abuse'], en, whole)).toBe('to pre-vent abuse');
  });

  it('keeps the hyphen of a document that breaks no words, unless the dictionary knows the halves as one word', () => {
    const dictionary = new Set(['in', 'country', 'the', 'voters', 'with', 'care', 'handle', 'with']);
    const knows = (w: string): boolean => dictionary.has(w);
    const whole = wordEvidence(['the voters in the country', 'handle with care'], knows);
    expect(whole.breaksWords).toBe(false);
    expect(joinLines(['remain on the in-', 'country voter lists'], en, whole)).toBe('remain on the in-country voter lists');
  });

  it("joins a short first syllable to a rest the dictionary knows the whole of, in a document that breaks words, but not at a vowel's clash", () => {
    const dictionary = new Set(['refunded', 'cooperation', 'funded', 'operation', 'the', 'commission']);
    const knows = (w: string): boolean => dictionary.has(w);
    const breaking = wordEvidence(['the commis-', 'sion met and the commission', 'was elected by the President', 'the elec-', 'tion was held'], knows);
    expect(joinLines(['which is re-', 'funded to candidates'], en, breaking)).toBe('which is refunded to candidates');
    expect(joinLines(['for their co-', 'operation and'], en, breaking)).toBe('for their co-operation and');
  });

  it('joins a derivational ending alone to the word before it, in a document that breaks words, though it is a word too', () => {
    const lines = ['the commis-', 'sion met and the commission', 'gave no reason and was not able to', 'the elec-', 'tion was held'];
    const breaking = wordEvidence(lines);
    expect(joinLines(['on objective and reason-', 'able criteria'], en, breaking)).toBe('on objective and reasonable criteria');
    // (a document that breaks no words wrote the hyphen)
    expect(joinLines(['on objective and reason-', 'able criteria'], en, wordEvidence(['the commission gave no reason', 'and was able to']))).toBe('on objective and reason-able criteria');
  });

  it('joins a prefix the language writes joined to its word (`видео-` / `камеры`), where a document breaks words', () => {
    const breaking = wordEvidence(['избира-', 'тельных комиссий', 'и камеры были', 'в сентяб-', 'ре']);
    expect(joinLines(['работали видео-', 'камеры'], ru, breaking)).toBe('работали видеокамеры');
  });

  it('reads a long first half written elsewhere as no evidence of a word written whole', () => {
    // (the document's word beginnings are twelve letters long at most: `наблюдателей` says nothing of what follows it)
    const ev = wordEvidence(['число наблюдателей выросло', 'добровольцев было много']);
    expect(joinLines(['около 620 наблюдателей-', 'добровольцев'], ru, ev)).toBe('около 620 наблюдателей-добровольцев');
  });

  it("drops a hyphen a hyphenating layout put after an address's dot", () => {
    expect(joinLines(['is available at https://www.election.-', 'gov.kz/eng/decree.html.'], en)).toBe('is available at https://www.election.gov.kz/eng/decree.html.');
    // (printed apart from the dot by a tool)
    expect(joinLines(['is available at https://www.election. -', 'gov.kz/eng/decree.html.'], en)).toBe('is available at https://www.election.gov.kz/eng/decree.html.');
  });

  it('lets the document decide: a form it spells elsewhere wins', () => {
    const ev = wordEvidence(['медиафорум прошел', 'a long-standing issue']);
    expect(joinLines(['медиа-', 'форум'], ru, ev)).toBe('медиафорум');
    expect(joinLines(['a long-', 'standing issue'], en, ev)).toBe('a long-standing issue');
  });

  it('drops soft hyphens and joins wrapped lines with one space', () => {
    expect(joinLines(['наблю\u00ad', 'датели  пришли', ' рано'], ru)).toBe('наблюдатели пришли рано');
  });
});
