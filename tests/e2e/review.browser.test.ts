/**
 * The review page in a real browser (Debian's Chromium, driven by
 * playwright-core): the sample's page from a real run, then a long synthetic
 * statement. `.ci/run` installs chromium and sets OSCE_REQUIRE_BROWSER, so the
 * test cannot silently skip there.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Flag } from '../../src/schema/index.ts';
import { reviewPage } from '../../src/export/review/page.ts';
import { doc } from '../helpers/documents.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.OSCE_REQUIRE_BROWSER) throw new Error(`${CHROMIUM} is missing; .ci/run installs it (apt-get install chromium)`);

describe.skipIf(!available)('review page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];
  const out = mkdtempSync(join(tmpdir(), 'osce-review-'));
  const statement = join(out, 'statements', '2012-01-16-astana');

  beforeAll(async () => {
    const inputs = ['corpus/kz-2012-parliamentary/en.pdf', 'corpus/kz-2012-parliamentary/kk.pdf', 'tests/fixtures/kz-2012-parliamentary/ru.pdftotext.txt'].map((p) => join(ROOT, p));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/osce.js'), 'run', ...inputs, '--out', out, '--quiet'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('request', (req) => void (req.url().startsWith('file:') || requests.push(req.url())));
    page.on('pageerror', (e) => void errors.push(String(e)));
    await page.goto(pathToFileURL(join(statement, 'review.html')).href);
  }, 120_000);
  afterAll(async () => browser?.close());

  it('lists every flag of the run, with no network request and no script error', async () => {
    const flags = (JSON.parse(readFileSync(join(statement, 'flags.json'), 'utf8')) as unknown[]).map((f) => Flag.parse(f));
    expect(flags.length).toBeGreaterThan(0);
    expect(await page.locator('#flag-list li').count()).toBe(flags.length);
    // every flag has its place marked in the text
    for (const f of flags) expect(await page.locator(`mark.flag[data-flag="${f.id}"]`).count(), f.id).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('.row.head [role=columnheader]').allTextContents()).toEqual([
      expect.stringMatching(/^English official/), expect.stringMatching(/^Русский/), expect.stringMatching(/^Қазақша/),
    ]);
  });

  it('jumps to a flag, highlights its place and moves focus there', async () => {
    const link = page.locator('#flag-list a.flag-link').last();
    const id = (await link.getAttribute('data-flag'))!;
    await link.click();
    const target = page.locator(`#flag-${id}`);
    await expect.poll(() => target.evaluate((el) => el.classList.contains('active'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`flag-${id}`);
    expect(await target.isVisible()).toBe(true);
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    mkdirSync(join(ROOT, 'output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'output', 'review-sample.png') });
  });

  it('filters the list by kind and severity', async () => {
    const kinds = await page.locator('#flag-list li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.kind!));
    const kind = kinds[0]!;
    await page.selectOption('#kind-filter', kind);
    expect(await page.locator('#flag-list li:not([hidden])').count()).toBe(kinds.filter((k) => k === kind).length);
    for (const box of await page.locator('#flag-filter input[name=severity]').all()) await box.uncheck();
    expect(await page.locator('#flag-list li:not([hidden])').count()).toBe(0);
    expect(await page.locator('#flag-count').textContent()).toBe('0 shown');
    for (const box of await page.locator('#flag-filter input[name=severity]').all()) await box.check();
    await page.selectOption('#kind-filter', '');
    expect(await page.locator('#flag-list li:not([hidden])').count()).toBe(kinds.length);
  });

  it('moves through the flag list with the keyboard and jumps with Enter', async () => {
    const links = page.locator('#flag-list a.flag-link');
    await links.first().focus();
    await page.keyboard.press('ArrowDown');
    const second = (await links.nth(1).getAttribute('data-flag'))!;
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.flag)).toBe(second);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`flag-${second}`);
  });

  it('shows a claim\'s parsed value and a footnote\'s text on hover', async () => {
    const claim = page.locator('mark.claim').first();
    expect(await claim.getAttribute('title')).toMatch(/^(percent|count|money|date|year|duration|ordinal|other): /);
    const ref = page.locator('sup.fnref a').first();
    expect(await ref.getAttribute('title')).toMatch(/^\d+\. \S/);
    const href = (await ref.getAttribute('href'))!;
    expect(await page.locator(href).count()).toBe(1);
  });

  it('keeps text contrast at 4.5:1 or more on flags, and reflows at 200% zoom', async () => {
    const ratios = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      const lum = (c: string) => { const [r, g, b] = rgb(c); return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!; };
      return [...document.querySelectorAll('mark.flag, a.flag-link')].slice(0, 50).map((el) => {
        const s = getComputedStyle(el);
        const [hi, lo] = [lum(s.color), lum(s.backgroundColor)].sort((a, b) => b - a);
        return (hi! + 0.05) / (lo! + 0.05);
      });
    });
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(4.5);
    // 200% zoom of a 1280-pixel window is a 640-CSS-pixel viewport: nothing may need sideways scrolling
    await page.setViewportSize({ width: 640, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);
    expect(await page.locator('aside.flags').isVisible()).toBe(true);
  });

  it('opens a long statement (3,000 groups) and still jumps to its last flag', async () => {
    const n = 3000;
    const sentences = (w: string) => Array.from({ length: n }, (_, i) => `${w} ${i + 1} of a long statement.`);
    const en = doc('en', true, [['Long', sentences('Sentence')]]);
    const ru = doc('ru', false, [['Длинный', sentences('Предложение')]]);
    const alignment = { statementId: 'x', pairs: [{ langs: ['en', 'ru'] as ['en', 'ru'], sections: [], links: en.sentences.map((s, i) => ({ a: [s.id], b: [ru.sentences[i]!.id], score: 1 })), footnotes: [] }] };
    const flags: Flag[] = [`s${n}`, 's1'].map((sid, k) => ({ id: `garbled-${k + 1}`, statementId: 'x', kind: 'garbled', severity: 'error', where: [{ lang: 'ru', sentenceId: sid, text: 'Предложение' }], message: 'x', evidence: {}, rule: 'checks/garbled' }));
    const file = join(out, 'long.html');
    writeFileSync(file, reviewPage('x', [en, ru], alignment, flags, 'test'));
    const long = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await long.goto(pathToFileURL(file).href);
    expect(await long.locator('.row.sentence').count()).toBe(n);
    await long.locator('#flag-list a[data-flag="garbled-1"]').click();
    await expect.poll(() => long.evaluate(() => document.activeElement?.id)).toBe('flag-garbled-1');
    expect(await long.locator('#flag-garbled-1').isVisible()).toBe(true);
    await long.close();
  });
});
