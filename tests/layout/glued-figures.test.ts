import { describe, expect, it } from 'vitest';
import { partGluedFigures } from '../../src/layout/glued-figures.ts';
import { splitRow } from '../../src/layout/cell-rows.ts';

describe('partGluedFigures', () => {
  it("parts a row's figures run together, in either language's number format", () => {
    expect(partGluedFigures('203,41762.588.111.9')).toEqual(['203,417', '62.5', '88.1', '11.9']);
    expect(partGluedFigures('2,046,30957.093.46.6')).toEqual(['2,046,309', '57.0', '93.4', '6.6']);
    // thousands set apart by a space: a space inside a run of cells printed together is a thousands space
    expect(partGluedFigures('203 41762,588,111,9')).toEqual(['203 417', '62,5', '88,1', '11,9']);
    expect(partGluedFigures('9.512.3')).toEqual(['9.5', '12.3']);
  });

  it('leaves alone one figure, figures set apart by spaces, dates, and runs more than one reading fits', () => {
    for (const run of ['3,120,774', '61.2', '12,5', '8 716 535', '120,400 61.2', '8 716 535 96,4', '04.05.2031', '1.2.3', '1,234', '2031']) expect(partGluedFigures(run), run).toBeNull();
    // 47.12 | 52.83, or 47.1 | 252.8 | 3: two readings fit
    expect(partGluedFigures('47.1252.83')).toBeNull();
  });
});

describe('splitRow with figures run together', () => {
  it("reads the row where the label's last word holds all its figures", () => {
    expect(splitRow('Lakeside district203,41762.588.111.9')).toEqual({ label: 'Lakeside district', figures: ['203,417', '62.5', '88.1', '11.9'] });
    expect(splitRow('Озёрный район203 41762,588,111,9')).toEqual({ label: 'Озёрный район', figures: ['203 417', '62,5', '88,1', '11,9'] });
    // a word and one figure is still no row
    expect(splitRow('district2031')).toEqual({ label: 'district2031', figures: [] });
  });
});
