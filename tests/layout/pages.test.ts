import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/layout/text-lines.ts';
import { zoneTextPages } from '../../src/layout/pages.ts';

const RULE = ' '.repeat(48);
const zones = (text: string) => zoneTextPages(textToLines(text)).map((l) => `${l.page}:${l.zone}:${l.text}`);

describe('zoneTextPages', () => {
  it('opens the footnote zone at a rule of spaces and closes it at a line indented by one space', () => {
    const text = ['Body ends here.1', '', RULE, '1 A footnote.', ' Next page body.'].join('\n');
    expect(zones(text)).toEqual(['1:body:Body ends here.1', '1:body:', '1:rule:', '1:footnote:1 A footnote.', '2:body:Next page body.']);
  });

  it('closes the zone after a run of empty lines', () => {
    const text = ['Body.1', RULE, '1 Note.', '', '', '', 'Header line'].join('\n');
    expect(zones(text).at(-1)).toBe('2:body:Header line');
  });

  it('keeps a line of one space inside the zone', () => {
    const text = ['Body.1', RULE, '1 Note one.', ' ', '2 Note two.'].join('\n');
    expect(zones(text).slice(2)).toEqual(['1:footnote:1 Note one.', '1:footnote:', '1:footnote:2 Note two.']);
  });

  it('closes the zone at one empty line over a line that opens no footnote (a stripped page opener)', () => {
    const text = ['Body.1', RULE, '1 Note one,', 'going on.', '', 'Next page body.', '', '2 Not a note opener here.'].join('\n');
    expect(zones(text).slice(2, 6)).toEqual(['1:footnote:1 Note one,', '1:footnote:going on.', '1:footnote:', '2:body:Next page body.']);
  });

  it('keeps the zone open over one empty line before the next footnote', () => {
    const text = ['Body.1', RULE, '1 Note one.', '', '2 Note two.'].join('\n');
    expect(zones(text).at(-1)).toBe('1:footnote:2 Note two.');
  });

  it('uses form feeds where the text has them', () => {
    const text = ['Body.1', '________________', '1 Note.', '\fPage two.', 'More.'].join('\n');
    expect(zones(text)).toEqual(['1:body:Body.1', '1:rule:________________', '1:footnote:1 Note.', '2:body:Page two.', '2:body:More.']);
  });
});
