// The letters only Kazakh has lost, as a tool that cannot map a fallback font's glyphs to letters loses them: a
// run of them inside a word leaves a space, at a word's edge nothing (scripts/eval-text-damage.mjs,
// scripts/eval-lost-letters.ts).
export const loseKazakhLetters = (text) => text.replace(/(?<=(\p{L}?))[әғқңөұүһӘҒҚҢӨҰҮҺ]+(?=(\p{L}?))/gu, (_, a, b) => (a && b ? ' ' : ''));
