/**
 * Permanent links in the browser: the language-neutral identifier leads to the language the
 * reader chose on the site, else the browser's (and to French without JavaScript), the choice is
 * also kept in a cookie for the host's redirects, and the citation's formats are copied whole,
 * with the identifier as their address; every attribution, in either language, prints on one A4
 * page with its identifier and its source's checksum.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/browser.ts';
import { corpusFile, readCorpus } from '../../src/core/read-corpus.ts';
import { siteUrl } from '../../src/core/site-url.ts';
import { root } from '../helpers.ts';
import { printOnA4 } from './print.ts';

const id = 'ml/secretariat-general/attribution/suivi-bonne-conservation-archives-departement';
let site: Site;

beforeAll(async () => {
  site = await openSite(Number(process.env.SITE_TEST_PORT ?? 4391) + 10);
});
afterAll(async () => site?.close());

describe('the identifier /id/{id}/', () => {
  it.each([
    ['en-GB', ['en-GB', 'en'], 'en'],
    ['fr-FR', ['fr-FR', 'fr'], 'fr'],
    ['de-DE', ['de-DE', 'de', 'en'], 'en'],
    ['de-DE', ['de-DE', 'de'], 'fr'],
  ])('leads a reader whose browser says %s (%j) to /%s/', async (locale, languages, lang) => {
    const context = await site.browser.newContext({ locale, extraHTTPHeaders: { 'Accept-Language': languages.join(',') } });
    const page = await context.newPage();
    await page.addInitScript((list) => Object.defineProperty(navigator, 'languages', { get: () => list }), languages);
    await page.goto(`${site.url}/id/${id}/#citation-title`);
    await page.waitForURL(`${site.url}/${lang}/${id}/#citation-title`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await context.close();
  });

  it('leads a reader with an English browser who chose French on the site to /fr/', async () => {
    const languages = ['en-GB', 'en'];
    const context = await site.browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': languages.join(',') } });
    const page = await context.newPage();
    await page.addInitScript((list) => Object.defineProperty(navigator, 'languages', { get: () => list }), languages);
    // The browser's language first, then the reader's choice in the header, which outlasts the visit.
    await page.goto(`${site.url}/id/${id}/`);
    await page.waitForURL(`${site.url}/en/${id}/`);
    await page.getByRole('link', { name: 'Lire cette page en français' }).click();
    await page.waitForURL(`${site.url}/fr/${id}/`);
    await page.goto(`${site.url}/id/${id}/#citation-title`);
    await page.waitForURL(`${site.url}/fr/${id}/#citation-title`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await context.close();
  });

  it("keeps the choice also in a cookie of its own name, for the host's redirect of / and /id/", async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const year = 365 * 24 * 60 * 60;
    const choice = async () => {
      const [cookie, ...others] = await context.cookies();
      expect(others).toEqual([]);
      // A year from now, give or take the test's own time.
      expect(Math.abs(cookie!.expires - (Date.now() / 1000 + year))).toBeLessThan(60);
      return { ...cookie, expires: year };
    };
    const cookie = (name: string) => ({ name, value: '1', domain: '127.0.0.1', path: '/', expires: year, httpOnly: false, secure: false, sameSite: 'Lax' });
    await page.goto(`${site.url}/en/${id}/`);
    expect(await context.cookies()).toEqual([]);
    await page.getByRole('link', { name: 'Lire cette page en français' }).click();
    await page.waitForURL(`${site.url}/fr/${id}/`);
    expect(await choice()).toEqual(cookie('sg-language-fr'));
    // The other way, the French cookie goes: the host sees one choice, the latest.
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await page.waitForURL(`${site.url}/en/${id}/`);
    expect(await choice()).toEqual(cookie('sg-language-en'));
    // The root's choice is a choice too.
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(`${site.url}/fr/`);
    expect(await choice()).toEqual(cookie('sg-language-fr'));
    expect(await page.evaluate(() => localStorage.getItem('sg:language'))).toBe('fr');
    await context.close();
  });

  it('leads to the French page without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${site.url}/id/${id}/`);
    await page.waitForURL(`${site.url}/fr/${id}/`);
    await context.close();
  });
});

describe('the citation formats', () => {
  it('copy the reference in the other language, BibTeX and CSL-JSON, each whole', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/${id}/`);
    await page.getByText('Other formats: in French, BibTeX, CSL-JSON').click();
    const clipboard = async (name: string) => {
      await page.getByRole('button', { name }).click();
      return page.evaluate(() => navigator.clipboard.readText());
    };
    expect(await clipboard('Copy the French version')).toBe(
      `Mali, Secrétariat Général, attribution 15. Source\u00a0: «\u00a0Le Secrétariat Général\u00a0», page web du ministère, non datée, ligne 32, SHA-256 c81e2ba773ddfff79458a4da43d71bd4cbcd4e81631f6f4a99cfdbc59f4f5581. ${siteUrl}/id/${id}/`,
    );
    expect(await clipboard('Copy as BibTeX')).toBe(
      [
        `@misc{sg:${id.replaceAll('/', ':')},`,
        '  title = {{Function 15 — Secretariat-General}},',
        '  organization = {Mali},',
        '  howpublished = {Le Secrétariat Général},',
        `  url = {${siteUrl}/id/${id}/},`,
        '  langid = {english},',
        '  note = {line 32, ml/secretariat-general.txt, SHA-256 c81e2ba773ddfff79458a4da43d71bd4cbcd4e81631f6f4a99cfdbc59f4f5581}',
        '}',
      ].join('\n'),
    );
    expect(JSON.parse(await clipboard('Copy as CSL-JSON'))).toEqual([
      {
        id: `sg:${id.replaceAll('/', ':')}`,
        type: 'legislation',
        title: 'Function 15 — Secretariat-General',
        'container-title': 'Le Secrétariat Général',
        jurisdiction: 'Mali',
        URL: `${siteUrl}/id/${id}/`,
        language: 'en',
        note: 'line 32, ml/secretariat-general.txt, SHA-256 c81e2ba773ddfff79458a4da43d71bd4cbcd4e81631f6f4a99cfdbc59f4f5581',
      },
    ]);
    expect(await page.getByRole('status').textContent()).toBe('Reference copied');
    await context.close();
  });
});

describe('an attribution on paper', () => {
  const attributions = readCorpus(resolve(root, corpusFile)).missions.filter((record) => record.kind === 'attribution');
  const cases = attributions.flatMap((record) => (['fr', 'en'] as const).map((lang) => [lang, record.id, record.source_sha256] as const));
  const checksumLabel = { fr: 'Empreinte SHA-256 de la source', en: 'SHA-256 of the source' };
  const printedOn = { fr: 'imprimé le', en: 'printed on' };
  // One page for every print: a new tab for each would cost more than the print itself.
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
    await page.emulateMedia({ media: 'print' });
  });
  afterAll(async () => page?.close());

  it('covers every attribution of both countries in both languages', () => {
    expect(cases.length).toBe(52);
  });

  it.each(cases)('prints in %s on one A4 page, with its identifier and checksum: %s', async (lang, id, checksum) => {
    await page.goto(`${site.url}/${lang}/${id}/`);
    const { pages, text: printed } = await printOnA4(page);
    expect(pages).toBe(1);
    const address = `${siteUrl}/id/${id}/`;
    expect(printed).toContain(address);
    expect(printed).toContain(checksum);
    // The citation in the page's language, with its source, lines, checksum and address, prints whole.
    expect(printed).toContain(await page.locator('#citation-text').textContent());
    const footer = page.locator('footer.site .print-only');
    expect(await footer.isVisible()).toBe(true);
    // And the day it was printed, in the page's language.
    const today = await page.evaluate((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date()), lang);
    expect(await footer.textContent()).toBe(`${address} · ${checksumLabel[lang]} ${checksum} · ${printedOn[lang]} ${today}`);
    expect(printed).toContain(`${printedOn[lang]} ${today}`);
    expect(printed).not.toContain('CSL-JSON');
  });

  it.each(['fr', 'en'])('leaves the other formats out and gives each cross-reference its address (%s)', async (lang) => {
    await page.goto(`${site.url}/${lang}/${id}/`);
    // The other formats are for copying; a cross-reference carries its permanent address.
    expect(await page.locator('details.formats').isVisible()).toBe(false);
    const xref = await page
      .locator('a.xref')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(xref).toBe(`" <${siteUrl}/id/ml/secretariat-general/decree/decret-94-202-pm-rm/>"`);
  });
});
