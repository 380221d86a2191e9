/**
 * A table row's figures a tool printed with no space between the cells
 * (`203,41762.588.111.9`: 203,417 | 62.5 | 88.1 | 11.9; `203 41762,588,111,9`
 * in a language that sets thousands apart by spaces). Where cells are run
 * together so, a space inside the run is a thousands space, never a cell's
 * edge; and a column's shares are printed to the same number of decimals.
 * So the run is read in each number format (thousands by commas or spaces,
 * decimals after a point or a comma) with each count of decimals: a whole
 * number's groups of three digits, a decimal's digits up to its separator
 * and that many after it, a whole number without groups only at the end,
 * and none opening with a zero before another digit.
 * The run is parted where exactly one reading fits all of it and finds two
 * figures or more; otherwise it is left as printed.
 */

/** Number formats: the thousands separator and the decimal one. */
const FORMATS: ReadonlyArray<{ group: string; decimal: string }> = [
  { group: ',', decimal: '.' },
  { group: ' ', decimal: ',' },
  { group: ' ', decimal: '.' },
  { group: '.', decimal: ',' },
];
/** The decimals a share may be printed with. */
const DECIMALS = [1, 2, 3];

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** The run read as figures in one format with `n` decimals, or null where it does not fit. */
function readAs(run: string, group: string, decimal: string, n: number): string[] | null {
  const cells: string[] = [];
  let i = 0;
  while (i < run.length) {
    let j = i;
    while (isDigit(run[j])) j++;
    if (j === i) return null;
    const digits = j - i;
    // no figure opens with a zero before another digit (`01.02.2022` is a date, not 01.0 | 2.2 | 022)
    if (run[i] === '0' && digits > 1) return null;
    // a whole number's groups: three digits after each separator
    if (run[j] === group && digits <= 3) {
      while (run[j] === group && isDigit(run[j + 1]) && isDigit(run[j + 2]) && isDigit(run[j + 3])) j += 4;
      if (j - i === digits) return null;
    }
    if (run[j] === decimal) {
      for (let k = 1; k <= n; k++) if (!isDigit(run[j + k])) return null;
      j += n + 1;
    } else if (j < run.length && j - i === digits) return null; // a whole number without groups only ends the run
    cells.push(run.slice(i, j));
    i = j;
  }
  return cells;
}

/** The figures run together in `run`, where one reading alone fits; null where the run is one figure or cannot be told apart. */
export function partGluedFigures(run: string): string[] | null {
  if (!/^\d[\d., ]*\d$/.test(run)) return null;
  const readings = new Map<string, string[]>();
  for (const { group, decimal } of FORMATS) {
    for (const n of DECIMALS) {
      const cells = readAs(run, group, decimal, n);
      if (cells) readings.set(cells.join('|'), cells);
    }
  }
  if (readings.size !== 1) return null;
  const [cells] = readings.values();
  return cells!.length >= 2 ? cells! : null;
}
