/**
 * Permanent links in the browser: the language-neutral identifier leads to the reader's
 * language (and to French without JavaScript), and the citation's other formats are copied
 * whole, with the permanent address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/browser.ts';
import { siteUrl } from '../../src/core/site-url.ts';

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
      `Mali, Secrétariat Général, attribution 15. Source : « Le Secrétariat Général », page web du ministère, non datée, ligne 32, SHA-256 c81e2ba773ddfff79458a4da43d71bd4cbcd4e81631f6f4a99cfdbc59f4f5581. ${siteUrl}/fr/${id}/`,
    );
    expect(await clipboard('Copy as BibTeX')).toBe(
      [
        `@misc{sg:${id.replaceAll('/', ':')},`,
        '  title = {{Function 15 — Secretariat-General}},',
        '  organization = {Mali},',
        '  howpublished = {Le Secrétariat Général},',
        `  url = {${siteUrl}/en/${id}/},`,
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
        URL: `${siteUrl}/en/${id}/`,
        language: 'en',
        note: 'line 32, ml/secretariat-general.txt, SHA-256 c81e2ba773ddfff79458a4da43d71bd4cbcd4e81631f6f4a99cfdbc59f4f5581',
      },
    ]);
    expect(await page.getByRole('status').textContent()).toBe('Reference copied');
    await context.close();
  });
});
