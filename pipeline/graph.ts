/**
 * The stage graph: pure stages composed in the order the document dictates.
 * No I/O here; the runner times stages through the `time` hook it passes in.
 *
 *   Source ─lines─▶ Line[] ─layout─▶ ZonedLine[] ─lang─▶ ─structure─▶ ─meta─▶ Document
 */
import type { Diagnostic, Document, Line, Source } from '../src/schema/index.ts';
import { SCHEMA_VERSION, diagnostic } from '../src/schema/index.ts';
import { validateDocument } from '../src/schema/validate.ts';
import { InputError } from '../src/ingest/errors.ts';
import { joinLoneBullets, textToLines } from '../src/layout/text-lines.ts';
import { restoreStrippedRules } from '../src/layout/stripped-rules.ts';
import { pdfToLines } from '../src/layout/pdf-lines.ts';
import { printsKazakhLettersApart } from '../src/layout/fallback-glyphs.ts';
import type { Words } from '../src/layout/fallback-seams.ts';
import { addUnruledNoteZones, needsUnruledNoteZones } from '../src/layout/unruled-notes.ts';
import { dropsHyphens, restoreAcronymHyphens, restoreFigureHyphens, restoreHyphensBeforeCapitals, restoreScriptHyphens, splitDroppedHyphenJoins, type Lexicon } from '../src/layout/joined-lines.ts';
import { joinScatteredWords } from '../src/layout/scattered-words.ts';
import { restoreDisplacedLineEnds } from '../src/layout/displaced-line-ends.ts';
import { joinScatteredNoteLines } from '../src/layout/scattered-note-line.ts';
import { keepsLineColumns, lowerRaisedMarkers, raiseLoneNoteNumbers } from '../src/layout/lone-numbers.ts';
import { lowerMarkerRows } from '../src/layout/marker-rows.ts';
import { lowerMarkerLines } from '../src/layout/marker-lines.ts';
import { dropPitchBlanks } from '../src/layout/pitch-blanks.ts';
import type { ReadPdfOptions } from '../src/ingest/pdf.ts';
import { isRule, zoneTextPages } from '../src/layout/pages.ts';
import { addNumberedNotes, numberedNoteZones } from '../src/layout/numbered-notes.ts';
import { pagesFromRunningHeads } from '../src/layout/running-heads.ts';
import { joinMarkerBreaks } from '../src/layout/marker-breaks.ts';
import { joinSpacedRests } from '../src/layout/spaced-rests.ts';
import { rowsFromCells } from '../src/layout/cell-rows.ts';
import { rowsFromGappedCells } from '../src/layout/gapped-cells.ts';
import { rowsFromCellBlocks, rowsFromWideCellBlocks } from '../src/layout/cell-blocks.ts';
import { rowsFromColumns } from '../src/layout/column-tables.ts';
import { rowsFromTextColumns } from '../src/layout/text-column-rows.ts';
import { rowsFromDumpedTextColumns } from '../src/layout/dumped-text-columns.ts';
import { attachDetachedBullets } from '../src/layout/detached-bullets.ts';
import { printsLettersApart, restoreFallbackLetters } from '../src/layout/fallback-letters.ts';
import { lostLetters, restoreLostLetters } from '../src/layout/lost-letters.ts';
import { pagesAtNoteBlocks } from '../src/layout/note-block-pages.ts';
import { joinSplitLetters, joinSplitLettersByWords, splitsLetters } from '../src/layout/split-letters.ts';
import { unstackNoteNumbers } from '../src/layout/stacked-numbers.ts';
import { findFurniture } from '../src/layout/furniture.ts';
import { partRunTogetherNotes, runsNotesTogether } from '../src/layout/run-together-notes.ts';
import { attachApartHyphens } from '../src/layout/apart-hyphens.ts';
import { joinWordsSplitAtDroppedHyphens } from '../src/layout/dropped-hyphen-spaces.ts';
import { detectLanguage } from '../src/lang/detect.ts';
import { resources } from '../src/lang/index.ts';
import { buildStructure } from '../src/structure/document.ts';
import { extractClaims } from '../src/claims/index.ts';
import { declaredOfficial, looksLikeStatement, parseDateline, statementIdOf } from '../src/lang/metadata.ts';
import { coverParagraphs, markFrontZones } from '../src/layout/title-page.ts';
import { readTitlePage } from '../src/lang/title-page.ts';
import { fillMeasure } from '../src/structure/fill.ts';
import { contentsKey } from '../src/structure/headings.ts';

export type Timer = <T>(stage: string, fn: () => T) => T;
const untimed: Timer = (_stage, fn) => fn();

export type AsyncTimer = <T>(stage: string, fn: () => Promise<T>) => Promise<T>;

/** Source → Document. The PDF path differs only until lines: both then share every stage. */
export async function buildDocument(source: Source, time: Timer = untimed, timeAsync: AsyncTimer = (_s, fn) => fn(), read: ReadPdfOptions = {}): Promise<Document> {
  if (source.kind === 'pdf') {
    // the PDF engine loads with the first PDF, never for text inputs
    const { readPdf } = await import('../src/ingest/pdf.ts');
    const content = await timeAsync('read-pdf', () => readPdf(source, read));
    // (the Kazakh words load only for a PDF whose Kazakh letters a fallback font printed: they weigh where those took a word space)
    const words = printsKazakhLettersApart(content) ? await timeAsync('lines', kazakhWords) : undefined;
    const lines = named(time)('lines', () => pdfToLines(content, words));
    return documentFromLines(source, lines, { format: 'pdf', pdfTitle: content.info.title }, time, timeAsync);
  }
  // the text is split into lines once: the dictionary is chosen from those lines, the stage goes on from them
  const { printed, kazakh } = await kazakhLetters(named(time)('lines', () => textToLines(source.text)), timeAsync);
  // (loading the dictionary is the lines stage's work too, timed with it)
  const dictionary = await timeAsync('lines', () => hyphenLexicon(printed, source.text));
  const lines = named(time)('lines', () => linesFromPrinted(printed, dictionary, kazakh));
  return documentFromLines(source, lines, { format: 'text', encoding: source.encoding }, time, timeAsync);
}

/** The Kazakh words (src/lang/kk/word-score.ts): how likely a word is, whether the word list has it, and Hunspell's dictionary too. */
async function kazakhWords(): Promise<Words> {
  const { kazakhWordScore, isKazakhWord, isCheckedKazakhWord } = await import('../src/lang/kk/word-score.ts');
  return { score: kazakhWordScore, known: isKazakhWord, checked: isCheckedKazakhWord };
}

/** How often a body of Kazakh text uses a word (src/lang/kk/frequencies.ts, loaded with the word score). */
const kazakhWordUse = async (): Promise<(word: string) => number> => (await import('../src/lang/kk/frequencies.ts')).kazakhWordCount;

/**
 * Letters a fallback font set, printed apart from their lines, put back
 * (fallback-letters.ts), weighed by the Kazakh words they make; or, where a
 * tool printed them in place but split words at them, the Kazakh words to
 * join those with (split-letters.ts). The word model loads only for such a
 * text.
 */
async function kazakhLetters(printed: Line[], timeAsync: AsyncTimer): Promise<{ printed: Line[]; kazakh?: Words }> {
  const apart = printsLettersApart(printed);
  const lost = lostLetters(printed);
  if (!apart && lost.length === 0 && !splitsLetters(printed)) return { printed };
  return timeAsync('lines', async () => {
    const kazakh = await kazakhWords();
    // (letters lost altogether: put back by the words alone)
    if (lost.length > 0) return { printed: restoreLostLetters(printed, { ...kazakh, used: await kazakhWordUse() }, lost) };
    // (letters put back by their words leave their lines' other splits to the reading that needs no model)
    if (apart) return { printed: restoreFallbackLetters(printed, kazakh.score, kazakh.known) };
    return { printed, kazakh };
  });
}

/**
 * The dictionary the lines stage weighs a dropped hyphen's place with, where
 * the text looks like one whose tool drops them (its lines run wide): the
 * text's language's, and English for Latin-script words; for Kazakh, which
 * has no spelling dictionary (pipeline/spellers.ts), its word list; and
 * whether it is a spelling dictionary. None for other texts: they load nothing.
 */
async function hyphenLexicon(printed: Line[], text: string): Promise<TextDictionary | undefined> {
  if (!dropsHyphens(printed) && !runsNotesTogether(printed)) return undefined;
  const { speller } = await import('./spellers.ts');
  const own = detectLanguage(text)?.lang;
  const [latin, cyrillic] = await Promise.all([speller('en'), own === 'ru' ? speller('ru') : undefined]);
  // (Kazakh has no spelling dictionary here: its word list, src/lang/kk/words.ts, knows its words as well)
  const kk = own === 'kk' ? (await import('../src/lang/kk/words.ts')).isKazakhWord : undefined;
  const knows: Lexicon = (word) => (/\p{Script=Latin}/u.test(word) ? latin?.correct(word) : kk ? kk(word) : cyrillic?.correct(word)) ?? false;
  // (a spelling dictionary: the Kazakh word list, drawn from web text, also holds words a writer ran together)
  return { knows, spelling: !kk };
}

/** The text path's lines stage: any tool's text → Line[], its quirks undone; `knows` is the text's dictionary (hyphenLexicon). */
export const textLines = (text: string, knows?: Lexicon): Line[] => linesFromPrinted(textToLines(text), knows && { knows, spelling: false });

/** The dictionary of a text's lines stage (hyphenLexicon), and whether it is a spelling dictionary. */
interface TextDictionary {
  knows: Lexicon;
  spelling: boolean;
}

/** The lines stage from the text's lines as printed (`textToLines`). */
function linesFromPrinted(lines: Line[], dictionary?: TextDictionary, kazakh?: Words): Line[] {
  const knows = dictionary?.knows;
  // a footnote rule printed as spaces and stripped to an empty line, where nothing else marks pages: put back
  // footnote lines a tool ran together with no space where they wrapped: parted into the lines they were printed as
  // and a line-end hyphen printed apart from its word (`inde -` / `pendent`) goes back to it
  // and a line a tool broke after a raised marker, its rest opening with the marker's space, is one again
  // (first, a marker printed on a line of its own over its line goes into it: the footnote's own number stays)
  // (and first of all, empty lines a tool printed for a wide line pitch, one after every line, go)
  const printed = restoreStrippedRules(partRunTogetherNotes(attachApartHyphens(joinSpacedRests(lowerMarkerLines(dropPitchBlanks(lines)))), knows));
  // pages from running heads or feet, where the tool printed no form feeds; footnote numbers printed in a
  // column before their texts go back to them; a stretched line printed word by word is one line again (a
  // footnote's first line too, its number printed among its words; its last words printed after the line under
  // it go back to it), a table's rows printed cell by cell too (a cell a block where blank lines alone part them,
  // figures, or text cells in blocks), or two text columns printed one after the other or run together row by
  // row (a list of meetings); a list's bullets printed apart from its items go back to them
  const read = attachDetachedBullets(rowsFromCellBlocks(rowsFromTextColumns(rowsFromCells(restoreDisplacedLineEnds(joinScatteredWords(joinScatteredNoteLines(rowsFromDumpedTextColumns(rowsFromColumns(rowsFromWideCellBlocks(rowsFromGappedCells(unstackNoteNumbers(pagesFromRunningHeads(lowerMarkerRows(printed))))))))))))));
  // the -layout stages first: they read the lines' columns, which later stages do not keep
  // a page whose end the tool left unmarked ends after the footnotes in its middle
  const raw = pagesAtNoteBlocks(joinMarkerBreaks(joinLoneBullets(keepsLineColumns(read) ? raiseLoneNoteNumbers(lowerRaisedMarkers(read)) : read)));
  // footnotes numbered on their first line, in sequence: the zone is read off the numbers
  // lines a tool ran together at a hyphen it dropped go apart again: wherever it drops them all, and where the
  // footnotes' zone must be read off the lines' widths
  const drops = dropsHyphens(raw);
  // (and a word split where the tool dropped a hyphen set apart from it, `na tional`, is one again, by a spelling
  // dictionary's word)
  const parted = drops ? splitDroppedHyphenJoins(dictionary?.spelling ? joinWordsSplitAtDroppedHyphens(raw, dictionary.knows) : raw, true, knows) : raw;
  const zones = numberedNoteZones(parted, isRule);
  const noted = zones ? addNumberedNotes(parted, zones) : needsUnruledNoteZones(parted) ? addUnruledNoteZones(drops ? parted : splitDroppedHyphenJoins(raw, false)) : parted;
  // a hyphen dropped before a capital where no line ran wide (a table's cell): put back,
  // and an acronym's ending or a word run into a figure (`1 000кратным`) or into Latin letters (`4.cбөлімінде`), where the
  // text hyphenates them elsewhere
  const mended = restoreScriptHyphens(restoreFigureHyphens(restoreAcronymHyphens(restoreHyphensBeforeCapitals(noted))));
  // and a word a tool split at a letter set in another font (`азаматты қ`) is one again: by the Kazakh words where loaded
  return kazakh ? joinSplitLettersByWords(mended, kazakh.score, kazakh.known, kazakh.checked) : joinSplitLetters(mended);
}

/** The layout stage: lines → zoned lines (body, notes, furniture, cover), for both paths. */
export function layoutLines(lines: Line[]) {
  const zoned = findFurniture(zoneTextPages(lines));
  const fill = fillMeasure(zoned.lines);
  const marked = markFrontZones(zoned.lines, (l) => fill(l) < 0.8);
  return { ...zoned, lines: marked, cover: coverParagraphs(marked, (l) => fill(l) >= 0.8) };
}

interface Origin {
  format: 'pdf' | 'text';
  encoding?: string;
  pdfTitle?: string | null;
}

/** A stage's unexpected failure says which stage failed and why, in one line; input errors pass as they are. */
const named = (time: Timer): Timer => (stage, fn) =>
  time(stage, () => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof InputError || (e instanceof Error && /^\w+ stage\b/.test(e.message))) throw e;
      throw new Error(`${stage} stage failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
    }
  });

/**
 * The spelling dictionary the structure stage weighs a line-end hyphen with
 * where the document's own words say nothing (`paper-` / `thin`): the
 * text's language's, loaded only where a line ends in a hyphen after a letter.
 * Kazakh has none (pipeline/spellers.ts).
 */
async function hyphenDictionary(lang: Document['lang'], lines: Line[]): Promise<((word: string) => boolean) | undefined> {
  if (!lines.some((l) => /\p{L}-$/u.test(l.text))) return undefined;
  const { speller } = await import('./spellers.ts');
  const dictionary = await speller(lang);
  return dictionary && ((word) => dictionary.correct(word));
}

async function documentFromLines(source: Source, lines: Line[], origin: Origin, timer: Timer, timeAsync: AsyncTimer): Promise<Document> {
  const time = named(timer);
  const layout = time('layout', () => layoutLines(lines));
  const bodyText = layout.lines.filter((l) => l.zone === 'body').map((l) => l.text).join('\n');
  const guess = time('lang', () => detectLanguage(bodyText));
  if (!guess) throw new InputError('no-structure', `${source.path}: no letters in the text; nothing to read`);
  const res = resources(guess.lang);
  // (loading the dictionary is the structure stage's work, timed with it)
  const knows = await timeAsync('structure', () => hyphenDictionary(guess.lang, layout.lines));
  const structure = time('structure', () => buildStructure(layout.lines, res, knows));
  if (structure.sentences.length === 0) throw new InputError('no-structure', `${source.path}: no sentences found in the text`);

  return time('meta', () => {
    const diagnostics: Diagnostic[] = [...layout.diagnostics, ...structure.diagnostics];
    if (source.kind === 'text' && source.invalidBytes) {
      diagnostics.unshift(diagnostic('read', 'invalid-utf8', 'warning', `${source.invalidBytes} byte sequence(s) are not valid UTF-8 and were read as U+FFFD; the file is damaged`));
    }
    const cover = layout.cover;
    const titlePage = readTitlePage(cover, res);
    const first = structure.sentences[0]?.text ?? '';
    // the dateline on the title page, or running into the first paragraph (`Astana, 16 January 2012 – …`)
    const dateline = titlePage.date ? { place: titlePage.place ?? '', date: titlePage.date } : parseDateline(first, res);
    const officialLang = declaredOfficial(
      [...structure.sentences.map((s) => s.text), ...structure.noteTexts].join('\n'),
    );
    const knownSections = structure.sections.filter((s) => s.key !== null).length;
    if (!looksLikeStatement({ dateline: dateline !== null, knownSections, text: bodyText })) {
      throw new InputError(
        'not-a-statement',
        `${source.path}: does not read as an election-observation statement (no dateline, no known section headings, hardly any election vocabulary)`,
      );
    }
    if (structure.sections.length === 0 && structure.footnotes.length === 0) {
      diagnostics.push(diagnostic('structure', 'no-structure', 'warning', 'no headings and no footnotes found: the structure is one run of paragraphs'));
    }
    if (!dateline) diagnostics.push(diagnostic('meta', 'no-dateline', 'info', 'no place and date found at the start of the statement'));
    const place = dateline?.place || null;
    const date = dateline?.date ?? null;
    const title = titlePage.title ?? structure.title ?? origin.pdfTitle ?? null;
    const toc = structure.toc.map((e) => {
      const key = contentsKey(e.text);
      const section = structure.sections.find((s) => contentsKey(`${s.number ? `${s.number}. ` : ''}${s.heading}`) === key || contentsKey(s.heading) === key);
      return { text: e.text, page: e.page, sectionId: section?.id ?? null };
    });
    const unmatched = toc.filter((e) => e.sectionId === null);
    if (unmatched.length > 0) {
      diagnostics.push(diagnostic('structure', 'toc-mismatch', 'warning', `${unmatched.length} of ${toc.length} table-of-contents entries name no heading found: ${unmatched.slice(0, 3).map((e) => `"${e.text}"`).join(', ')}`));
    }
    const pages = Math.max(1, ...layout.lines.map((l) => l.page));
    const claims = time('claims', () => extractClaims(structure.sentences, structure.footnotes, res, structure.tables));
    const doc: Document = {
      schemaVersion: SCHEMA_VERSION,
      statementId: statementIdOf({ date, place, title }, source.sha256),
      lang: guess.lang,
      langConfidence: guess.confidence,
      official: officialLang === guess.lang,
      officialLang,
      source: { path: source.path, sha256: source.sha256, format: origin.format, pages, ...(origin.encoding ? { encoding: origin.encoding } : {}) },
      title,
      documentKind: titlePage.kind,
      place,
      date,
      dateline: titlePage.dateline ?? (dateline ? first.slice(0, first.search(/\s[–—-]\s/u) >= 0 ? first.search(/\s[–—-]\s/u) : first.length) : null),
      period: titlePage.period,
      cover,
      toc,
      sections: structure.sections,
      paragraphs: structure.paragraphs,
      sentences: structure.sentences,
      footnotes: structure.footnotes,
      tables: structure.tables,
      notes: layout.notes.map((n, i) => ({ ...n, text: structure.noteTexts[i] ?? n.text })),
      claims,
      furniture: layout.furniture,
      diagnostics,
    };
    return validateDocument(doc);
  });
}
