import { describe, expect, it } from 'vitest';
import { imageDictionaries, pageSizedImages } from '../../src/ingest/images.ts';
import { firstExtra, simplePdf } from '../../scripts/fixtures/pdf-writer.ts';

const A4 = { width: 595, height: 842 };

const withImage = (dict: string): Uint8Array =>
  simplePdf([{ content: 'q 595 0 0 842 0 0 cm /Im0 Do Q', resources: `/XObject << /Im0 ${firstExtra(1)} 0 R >>` }], [{ dict, stream: new Uint8Array(64) }]);

describe('image dictionaries, read without decoding', () => {
  it('reads width, height and filter of each image stream', () => {
    const pdf = withImage('<< /Type /XObject /Subtype /Image /Width 2480 /Height 3508 /BitsPerComponent 1 /Filter /JBIG2Decode >>');
    expect(imageDictionaries(pdf)).toEqual([{ width: 2480, height: 3508, filter: 'JBIG2Decode' }]);
  });

  it('takes the first filter of a chain and skips sizes given by reference', () => {
    const pdf = withImage('<< /Subtype /Image /Width 100 /Height 200 /Filter [/FlateDecode /DCTDecode] >>');
    expect(imageDictionaries(pdf)).toEqual([{ width: 100, height: 200, filter: 'FlateDecode' }]);
    expect(imageDictionaries(withImage('<< /Subtype /Image /Width 7 0 R /Height 200 >>'))).toEqual([]);
  });

  it('tells a page-sized image (a scan) from a logo or a strip', () => {
    const im = (width: number, height: number) => ({ width, height, filter: null });
    expect(pageSizedImages([im(2480, 3508), im(331, 468)], [A4])).toBe(2); // 300 and 40 dpi scans of A4
    expect(pageSizedImages([im(3508, 2480)], [{ width: 842, height: 595 }])).toBe(1); // landscape
    expect(pageSizedImages([im(120, 170), im(1200, 300), im(2000, 2000)], [A4])).toBe(0); // icon, banner, square
  });
});
