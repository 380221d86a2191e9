/**
 * A line that ended in a hyphen, printed by a tool as the noncharacter
 * U+FFFE with the line break dropped (`Par\uFFFEliament, the President`):
 * the tool marks the hyphen it took for a word's break and runs the next line
 * on. No text holds U+FFFE otherwise. The hyphen and the break go back, so
 * the lines are the page's again; whether the hyphen was the word's own is
 * the structure stage's question, as for any line-end hyphen.
 */
const MARKED_BREAK = /\uFFFE[ \t]*/gu;

export const restoreMarkedLineBreaks = (text: string): string => (text.includes('\uFFFE') ? text.replace(MARKED_BREAK, '-\n') : text);
