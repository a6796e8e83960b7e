/**
 * A source's text in Chromium: every line in both languages, the French as published; a line's
 * anchor; a record's provenance leading to its band and the band back to the record; no
 * accessibility violation in either language or colour scheme; line numbers kept on paper.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/browser.ts';
import { corpusFile, readCorpus } from '../../src/core/read-corpus.ts';
import { root } from '../helpers.ts';
import { axeViolations } from './axe.ts';
import { siteUrl } from '../../src/core/site-url.ts';

const corpus = readCorpus(resolve(root, corpusFile));
const mali = corpus.sources.find((source) => source.id === 'ml/secretariat-general')!;
const repeated = 'ml/secretariat-general/attribution/definition-prealable-attitude-doivent-adopter-representants';

let site: Site;
beforeAll(async () => {
  site = await openSite(Number(process.env.SITE_TEST_PORT ?? 4391) + 40);
}, 60_000);
afterAll(async () => {
  await site?.close();
});

describe('the source page', () => {
  it('shows every line in French, numbered, in both languages; only the frame is translated', async () => {
    const page = await site.browser.newPage();
    for (const [lang, heading, caption] of [
      ['fr', 'Texte source · Capture 1 sur 1', 'Capture 1, lignes 1 à 32'],
      ['en', 'Source text · Capture 1 of 1', 'Capture 1, lines 1–32'],
    ] as const) {
      await page.goto(`${site.url}/${lang}/ml/secretariat-general/source/`);
      expect(await page.locator('h1').textContent()).toBe(heading);
      expect(await page.locator('table.source-text caption').textContent()).toBe(caption);
      expect(await page.locator('table.source-text tr[id^="L"]').count()).toBe(mali.line_count);
      expect(await page.locator('tr#L32 th a').getAttribute('href')).toBe('#L32');
      // The text as published, spaces kept, in French whatever the page's language.
      const line = page.locator('tr#L15 .t');
      expect(await line.textContent()).toMatch(/^Sous l’autorité directe du Ministre, le Secrétaire Général/);
      expect(await line.evaluate((element) => element.closest('[lang]')!.getAttribute('lang'))).toBe('fr');
      expect(await line.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('pre-wrap');
      // The current text names its capture's address as canonical, and its checksum.
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${siteUrl}/${lang}/ml/secretariat-general/source/1/`);
      expect(await page.locator('dl.facts .checksum').textContent()).toBe(mali.sha256);
    }
    await page.close();
  });

  it('marks the lines set aside with their reason and the anomalies where they stand', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/ml/secretariat-general/source/1/`);
    expect(await page.locator('tr#L13 .line-note').textContent()).toBe('Line set aside: heading');
    expect(await page.locator('tr#L21 mark').textContent()).toBe(
      'aux rencontres avec les partenaires techniques et financiers et aux rencontres avec les partenaires techniques et financiers et',
    );
    expect(await page.locator('tr#L21 .line-note').textContent()).toMatch(/^Anomaly: The source text gives the passage/);
    await page.close();
  });

  it('opens at a line from its anchor', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 600 } });
    await page.goto(`${site.url}/fr/ml/secretariat-general/source/1/#L30`);
    expect(await page.locator('tr:target').getAttribute('id')).toBe('L30');
    expect(await page.locator('tr#L30').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.close();
  });

  it('leads from a record’s provenance to its band, and from the band back to the record', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/${repeated}/`);
    await page.getByRole('link', { name: 'line 21', exact: true }).click();
    await page.waitForURL(`${site.url}/en/ml/secretariat-general/source/1/#L21`);
    const band = page.locator('tbody', { has: page.locator('tr#L21') });
    expect(await band.getAttribute('class')).toBe('band');
    expect(await band.locator('th[scope="rowgroup"]').textContent()).toBe('Function 4');
    await band.getByRole('link', { name: 'Function 4' }).click();
    await page.waitForURL(`${site.url}/en/${repeated}/`);
    expect(await page.locator('h1').textContent()).toBe('Function 4');
    await page.close();
  });

  it('is linked from its institution’s page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/fr/ml/secretariat-general/`);
    expect(await page.getByRole('link', { name: 'Le texte source, ligne par ligne' }).getAttribute('href')).toBe('/fr/ml/secretariat-general/source/');
    await page.close();
  });

  it.each([
    ['fr', '/fr/ml/secretariat-general/source/'],
    ['en', '/en/bj/secretariat-general/source/1/'],
  ])('has no accessibility violation (%s), light and dark', async (_, path) => {
    for (const scheme of ['light', 'dark'] as const) {
      const { status, violations } = await axeViolations(site, `${site.url}${path}`, scheme);
      expect(status).toBe(200);
      expect(violations, `${path} (${scheme})`).toEqual([]);
    }
  });

  it('prints with its line numbers, without the site’s navigation', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/bj/secretariat-general/source/1/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('tr#L59 th a').isVisible()).toBe(true);
    expect(await page.locator('tr#L59 th a').textContent()).toBe('59');
    expect(await page.locator('tr#L59 .t').isVisible()).toBe(true);
    expect(await page.locator('header.site nav').isVisible()).toBe(false);
    expect(await page.locator('footer .print-only').textContent()).toContain(
      corpus.sources.find((source) => source.id === 'bj/secretariat-general')!.captures[0]!.sha256,
    );
    await page.close();
  });

  it('has screenshots at 390 and 1280 px, light and dark', async () => {
    const folder = join(root, 'test-results/screenshots');
    mkdirSync(folder, { recursive: true });
    for (const width of [390, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await site.browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(`${site.url}/en/ml/secretariat-general/source/1/#L18`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: join(folder, `source-en-${width}-${scheme}.png`) });
        await page.close();
      }
    }
  });
});
