/**
 * Superscript digits: the PDF path writes a raised footnote number with them,
 * and the structure stage reads them back as markers.
 */
export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** One or more superscript digits, for building patterns. */
export const SUPERSCRIPT_CLASS = '[⁰¹²³⁴⁵⁶⁷⁸⁹]';

export const toSuperscript = (digits: string): string => [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d).join('');

export const fromSuperscript = (text: string): string => [...text].map((c) => (SUPERSCRIPT_DIGITS.includes(c) ? String(SUPERSCRIPT_DIGITS.indexOf(c)) : c)).join('');
