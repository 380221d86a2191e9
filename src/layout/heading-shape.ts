/**
 * What no heading of a report looks like. The 408 headings of the corpus
 * manuscripts hold a figure only as their number (`IV.`, `2.`) and run to six
 * words at most, in all three languages: an unnumbered line with figures, or
 * of more words than eight, is a piece of a sentence (a line broken at a
 * footnote marker, a table's row), not a heading. The layout stage reads it
 * where it joins broken lines, the structure stage where it finds headings.
 */

/** Most words a heading runs to, numbering aside, with some room over what the corpus shows. */
const HEADING_WORDS = 8;

/** Holds figures, or more words than a heading runs to (whether the line is numbered is the caller's to say). */
export const outrunsHeading = (text: string): boolean => /\d/.test(text) || text.split(/\s+/).length > HEADING_WORDS;
