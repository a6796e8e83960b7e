/**
 * Search in Chromium, against the built site: what a query finds in each language, with or
 * without accents, misspelt or made of function words, the filters with or without a query,
 * the header box of a content page, the keyboard, the other language on request, what the first
 * search downloads, and screenshots of the results.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers.ts';
import { openSite, type Site } from '../../scripts/browser.ts';

const archives = 'ml/secretariat-general/attribution/suivi-bonne-conservation-archives-departement';
const archivesTheme = 'themes/records-archives';
const decree = 'ml/secretariat-general/decree/decret-94-202-pm-rm';
const controle = [
  'ml/secretariat-general/attribution/controle-avant-communication-ministre-notes-etudes',
  'ml/secretariat-general/attribution/controle-avant-presentation-signature-ministre-actes',
  'ml/secretariat-general/attribution/suivi-mise-oeuvre-recommandations-services-inspection',
  'ml/secretariat-general/general/autorite-directe-ministre-secretaire-general-est',
  // The themes whose definitions speak of it.
  'themes/follow-up',
  'themes/review-files-acts',
];
const nbsp = '\u00a0';

let site: Site;
beforeAll(async () => {
  site = await openSite(Number(process.env.SITE_TEST_PORT ?? 4391));
}, 60_000);
afterAll(async () => {
  await site?.close();
});

/** Waits for the count a search announces, and returns it with the results' addresses. */
async function outcome(page: Page, count: string) {
  await page.locator('#search-status').filter({ hasText: count }).waitFor();
  return page.locator('#search-results > li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
}

/** Opens the search page at an address, with the address's query, and waits for its count. */
async function searchAt(path: string, count: string) {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}${path}`);
  return { page, hrefs: await outcome(page, count) };
}

describe('search', () => {
  it('finds Mali’s attribution on the conservation of archives, and its theme, in French', async () => {
    const { page, hrefs } = await searchAt('/fr/search/?q=archives', `2 résultats pour «${nbsp}archives${nbsp}».`);
    expect(hrefs).toEqual([`/fr/${archivesTheme}/`, `/fr/${archives}/`]);
    // The title line names the record, its institution and its country; the next, what it is.
    const results = page.locator('#search-results > li');
    expect(await results.locator('a').allTextContents()).toEqual(['Courrier, documentation et archives', 'Attribution 15, Secrétariat Général (Mali)']);
    expect(await results.locator('.result-about').allTextContents()).toEqual(['Thème', 'Attribution']);
    await page.close();
  });

  it('finds their English pages from the English search', async () => {
    const { page, hrefs } = await searchAt('/en/search/?q=archives', '2 results for “archives”.');
    expect(hrefs).toEqual([`/en/${archivesTheme}/`, `/en/${archives}/`]);
    expect(await page.locator('#search-results a').allTextContents()).toEqual(['Records, mail and archives', 'Function 15, Secretariat-General (Mali)']);
    await page.close();
  });

  it('offers the nearest indexed words for a misspelt one, instead of results matched on “à”', async () => {
    const { page, hrefs } = await searchAt('/fr/search/?q=archvies', `Aucun résultat pour «${nbsp}archvies${nbsp}».`);
    expect(hrefs).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toBe(
      `Aucun résultat pour «${nbsp}archvies${nbsp}». «${nbsp}archvies${nbsp}» n’est dans aucune page. Mots proches${nbsp}: archives.`,
    );
    expect(await page.locator('#search-results').isHidden()).toBe(true);
    // The nearest word is a search of its own, the rest of the query kept.
    const nearest = page.locator('#search-status a[data-nearest]');
    expect(await nearest.getAttribute('href')).toBe('?q=archives');
    await nearest.click();
    expect(await outcome(page, `2 résultats pour «${nbsp}archives${nbsp}».`)).toEqual([`/fr/${archivesTheme}/`, `/fr/${archives}/`]);
    await page.close();
    // A known word beside it still finds what it finds; the unknown one is said so.
    const mixed = await searchAt(`/fr/search/?q=${encodeURIComponent('archvies département')}`, `«${nbsp}archvies${nbsp}» n’est dans aucune page.`);
    const alone = await searchAt(`/fr/search/?q=${encodeURIComponent('département')}`, `pour «${nbsp}département${nbsp}».`);
    expect(mixed.hrefs).toEqual(alone.hrefs);
    expect(mixed.hrefs.length).toBeGreaterThan(0);
    expect(await mixed.page.locator('#search-status a[data-nearest]').getAttribute('href')).toBe(
      `?q=${encodeURIComponent('archives département').replace(/%20/g, '+')}`,
    );
    await mixed.page.close();
    await alone.page.close();
    const english = await searchAt('/en/search/?q=archvies', 'No results for “archvies”.');
    expect(await english.page.locator('#search-status').textContent()).toBe('No results for “archvies”. “archvies” is in no page. Nearest words: archives.');
    await english.page.close();
  });

  it('lets no function word carry a result', async () => {
    for (const [query, words] of [
      ['de la', `«${nbsp}de${nbsp}», «${nbsp}la${nbsp}»`],
      ['à', `«${nbsp}à${nbsp}»`],
    ]) {
      const { page, hrefs } = await searchAt(`/fr/search/?q=${encodeURIComponent(query!)}`, `Aucun résultat pour «${nbsp}${query}${nbsp}».`);
      expect(hrefs).toEqual([]);
      expect(await page.locator('#search-status').textContent()).toBe(
        `Aucun résultat pour «${nbsp}${query}${nbsp}». Mots trop courants pour être cherchés seuls${nbsp}: ${words}.`,
      );
      await page.close();
    }
    const english = await searchAt('/en/search/?q=of%20the', 'No results for “of the”.');
    expect(await english.page.locator('#search-status').textContent()).toBe('No results for “of the”. Words too common to search for alone: “of”, “the”.');
    await english.page.close();
    // Beside a word that counts, they change nothing.
    const suivi = await searchAt('/fr/search/?q=suivi', `5 résultats pour «${nbsp}suivi${nbsp}».`);
    const leSuivi = await searchAt(`/fr/search/?q=${encodeURIComponent('le suivi de la')}`, `5 résultats pour «${nbsp}le suivi de la${nbsp}».`);
    expect(leSuivi.hrefs).toEqual(suivi.hrefs);
    await suivi.page.close();
    await leSuivi.page.close();
  });

  it('lists what the filters select when there is no query, in the order of the sources', async () => {
    const { page, hrefs } = await searchAt('/fr/search/?country=ML', '17 fiches répondent aux filtres choisis.');
    expect(hrefs.every((href) => href?.startsWith('/fr/ml/secretariat-general/'))).toBe(true);
    expect(await page.locator('#search-results > li > a').allTextContents()).toEqual([
      'Disposition générale, Secrétariat Général (Mali)',
      ...Array.from({ length: 15 }, (_, at) => `Attribution ${at + 1}, Secrétariat Général (Mali)`),
      'Décret n° 94-202/PM-RM du 3 juin 1994, Secrétariat Général (Mali)',
    ]);
    expect(await page.getByRole('group', { name: 'Pays' }).getByLabel('Mali').isChecked()).toBe(true);
    // Unchecking the last filter empties the list and the address.
    await page.getByRole('group', { name: 'Pays' }).getByLabel('Mali').uncheck();
    await expect.poll(() => page.locator('#search-results').isHidden()).toBe(true);
    expect(await page.locator('#search-status').textContent()).toBe('');
    expect(new URL(page.url()).search).toBe('');
    await page.close();
    const themes = await searchAt('/en/search/?type=theme', '14 records match the chosen filters.');
    expect(themes.hrefs).toHaveLength(14);
    expect(themes.hrefs.every((href) => href?.startsWith('/en/themes/'))).toBe(true);
    expect(themes.hrefs[0]).toBe('/en/themes/policy-strategy/');
    expect(await themes.page.locator('#search-results .result-about').first().textContent()).toBe('Theme');
    await themes.page.close();
  });

  it('finds the decree by its number, without the accent', async () => {
    const { page, hrefs } = await searchAt(`/fr/search/?q=${encodeURIComponent('decret 94-202')}`, `1 résultat pour «${nbsp}decret 94-202${nbsp}».`);
    expect(hrefs).toEqual([`/fr/${decree}/`]);
    expect(await page.locator('#search-results mark').first().textContent()).toBe('Décret');
    await page.close();
  });

  it('finds accented words typed without their accents', async () => {
    const controls = await searchAt('/fr/search/?q=controle', `6 résultats pour «${nbsp}controle${nbsp}».`);
    expect([...controls.hrefs].sort()).toEqual(controle.map((id) => `/fr/${id}/`).sort());
    expect(new Set((await controls.page.locator('#search-results mark').allTextContents()).map((mark) => mark.replace(/\.$/, '')))).toEqual(
      new Set(['contrôle']),
    );
    await controls.page.close();
    // Every record's title names its institution, a Secrétariat général: all 42 French records,
    // and the five themes whose definitions name it.
    const secretariat = await searchAt('/fr/search/?q=secretariat', `47 résultats pour «${nbsp}secretariat${nbsp}».`);
    expect(secretariat.hrefs[0]).toBe('/fr/bj/secretariat-general/organ/secretariat-administratif/');
    expect(await secretariat.page.locator('#search-results mark').first().textContent()).toBe('Secrétariat');
    // Twenty at a time: the next ones on request.
    expect(secretariat.hrefs).toHaveLength(20);
    await secretariat.page.getByRole('button', { name: 'Afficher les résultats suivants' }).click();
    await expect.poll(() => secretariat.page.locator('#search-results > li').count()).toBe(40);
    await secretariat.page.getByRole('button', { name: 'Afficher les résultats suivants' }).click();
    await expect.poll(() => secretariat.page.locator('#search-results > li').count()).toBe(47);
    expect(await secretariat.page.locator('#search-results a[href^="/fr/themes/"]').count()).toBe(5);
    expect(await secretariat.page.getByRole('button', { name: 'Afficher les résultats suivants' }).count()).toBe(0);
    await secretariat.page.close();
  });

  it('narrows the results to a country, a category or a theme, and keeps the filters in the address', async () => {
    const { page } = await searchAt('/fr/search/?q=secretariat', `47 résultats pour «${nbsp}secretariat${nbsp}».`);
    await page.getByRole('group', { name: 'Pays' }).getByLabel('Mali').check();
    const mali = await outcome(page, `17 résultats pour «${nbsp}secretariat${nbsp}».`);
    expect(mali.filter((href) => href?.startsWith('/fr/ml/'))).toHaveLength(17);
    expect(new URL(page.url()).search).toBe('?q=secretariat&country=ML');
    // Themes have no country: a country filter leaves them out.
    await page.getByRole('group', { name: 'Pays' }).getByLabel('Bénin').check();
    await outcome(page, `42 résultats pour «${nbsp}secretariat${nbsp}».`);
    await page.getByRole('group', { name: 'Pays' }).getByLabel('Mali').uncheck();
    const benin = await outcome(page, `25 résultats pour «${nbsp}secretariat${nbsp}».`);
    expect(benin.filter((href) => href?.startsWith('/fr/bj/'))).toHaveLength(20);
    await page.close();
    const acts = await searchAt('/fr/search/?q=secretariat&type=decree', `1 résultat pour «${nbsp}secretariat${nbsp}».`);
    expect(acts.hrefs).toEqual([`/fr/${decree}/`]);
    expect(await acts.page.getByRole('group', { name: 'Catégorie' }).getByLabel('Texte').isChecked()).toBe(true);
    await acts.page.close();
    const suivi = await searchAt('/en/search/?q=monitoring&theme=records-archives', '1 result for “monitoring”.');
    expect(suivi.hrefs).toEqual([`/en/${archives}/`]);
    await suivi.page.close();
  });

  it('is reached from the header of a content page, which ships no script for it', async () => {
    const page = await site.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.url}/en/${decree}/`);
    await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox', { name: 'Search the site' }).fill('archives');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/en/search/?q=archives`);
    expect(await outcome(page, '2 results for “archives”.')).toEqual([`/en/${archivesTheme}/`, `/en/${archives}/`]);
    expect(await page.locator('#search-q').inputValue()).toBe('archives');
    // The record page ran its copy button's script and the language switcher's only (with the
    // module it shares with the identifier's page); the search page, the switcher's, its own and Pagefind's.
    expect(new Set(scripts.filter((path) => !path.startsWith('/pagefind/')).map((path) => path.replace(/\.[\w-]+\.js$/, '.js')))).toEqual(
      new Set([
        '/_astro/Citation.astro_astro_type_script_index_0_lang.js',
        '/_astro/LanguageChoice.astro_astro_type_script_index_0_lang.js',
        '/_astro/language-choice.js',
        '/_astro/search.astro_astro_type_script_index_0_lang.js',
      ]),
    );
    await page.close();
  });

  it('searches as the reader types, and the keyboard moves through the results', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/fr/search/`);
    await page.locator('#search-q').pressSequentially('controle', { delay: 20 });
    const hrefs = await outcome(page, `6 résultats pour «${nbsp}controle${nbsp}».`);
    expect(new URL(page.url()).search).toBe('?q=controle');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('search-q');
    // Tab reaches the results too, past the other-language box and the filters.
    let tabs = 0;
    while ((await focused()) !== hrefs[0] && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect(await focused()).toBe(hrefs[0]);
    const title = await page.locator('#search-results a').first().textContent();
    await page.locator('#search-q').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}${hrefs[0]}`);
    expect(`${await page.locator('h1').textContent()}, Secrétariat Général (Mali)`).toBe(title);
    await page.close();
  });

  it('widens to the other language on request, and says which results are in it', async () => {
    const { page, hrefs } = await searchAt('/fr/search/?q=archives&type=attribution', `1 résultat pour «${nbsp}archives${nbsp}».`);
    expect(hrefs).toEqual([`/fr/${archives}/`]);
    await page.getByLabel('Chercher aussi dans les pages en anglais').check();
    expect(await outcome(page, `2 résultats pour «${nbsp}archives${nbsp}».`)).toEqual([`/fr/${archives}/`, `/en/${archives}/`]);
    expect(new URL(page.url()).search).toBe('?q=archives&both=1&type=attribution');
    const english = page.locator('#search-results > li').nth(1);
    expect(await english.getAttribute('lang')).toBe('en');
    expect(await english.locator('a').textContent()).toBe('Function 15, Secretariat-General (Mali)');
    expect(await english.locator('.result-lang').textContent()).toBe('page en anglais');
    expect(await english.locator('.result-about').textContent()).toBe('Attribution page en anglais');
    expect(await english.locator('.result-about').getAttribute('lang')).toBe('fr');
    expect(await page.locator('#search-results > li').first().getAttribute('lang')).toBeNull();
    await page.getByLabel('Chercher aussi dans les pages en anglais').uncheck();
    expect(await outcome(page, `1 résultat pour «${nbsp}archives${nbsp}».`)).toEqual([`/fr/${archives}/`]);
    await page.close();
    // The other way round, from a link, and the language switcher keeps the search.
    const other = await searchAt('/en/search/?q=archives&both=1', '4 results for “archives”.');
    expect(other.hrefs).toEqual([`/en/${archivesTheme}/`, `/fr/${archivesTheme}/`, `/en/${archives}/`, `/fr/${archives}/`]);
    expect(await other.page.locator('#search-results > li').nth(3).locator('.result-about').textContent()).toBe('Function French page');
    expect(await other.page.locator('[data-lang-switch]').getAttribute('href')).toBe('/fr/search/?q=archives&both=1');
    await other.page.close();
  });

  it('loads Pagefind only when the reader searches, and the first search stays small', async () => {
    const page = await site.browser.newPage();
    const fetched = new Map<string, number>();
    page.on('response', async (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/pagefind/')) fetched.set(path, (await response.body()).length);
    });
    await page.goto(`${site.url}/fr/search/`);
    await page.waitForLoadState('networkidle');
    expect([...fetched.keys()]).toEqual([]);
    await page.locator('#search-q').fill('archives');
    await outcome(page, `2 résultats pour «${nbsp}archives${nbsp}».`);
    await page.waitForLoadState('networkidle');
    const paths = [...fetched.keys()].sort();
    expect(paths.filter((path) => !/\/(index|fragment)\//.test(path))).toEqual([
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js',
      expect.stringMatching(/^\/pagefind\/pagefind\.fr_\w+\.pf_meta$/),
      '/pagefind/pagefind.js',
      '/pagefind/wasm.fr.pagefind',
    ]);
    expect(paths.filter((path) => path.startsWith('/pagefind/index/'))).toHaveLength(1);
    // The two results' fragments, the first of which also told that the word is in the index.
    expect(paths.filter((path) => path.startsWith('/pagefind/fragment/'))).toHaveLength(2);
    const bytes = [...fetched.values()].reduce((sum, size) => sum + size, 0);
    expect(bytes).toBeLessThan(200_000);
    await page.close();
  });

  it('shows its keyboard hint where there is a keyboard, not on a touch screen', async () => {
    const desktop = await site.browser.newPage();
    await desktop.goto(`${site.url}/fr/search/`);
    expect(await desktop.locator('#search-keys').isVisible()).toBe(true);
    await desktop.close();
    const phone = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const touch = await phone.newPage();
    await touch.goto(`${site.url}/fr/search/`);
    expect(await touch.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    expect(await touch.locator('#search-keys').isHidden()).toBe(true);
    await phone.close();
  });

  it('is pictured with results and filters at 390 and 1280 px, light and dark', async () => {
    const folder = join(root, 'test-results/screenshots');
    mkdirSync(folder, { recursive: true });
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await site.browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(`${site.url}/fr/search/?q=archives&both=1&type=attribution`);
        await outcome(page, `2 résultats pour «${nbsp}archives${nbsp}».`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // Filters in use are shown, whatever the width.
        expect(await page.locator('details.filters').getAttribute('open')).toBe('');
        await page.screenshot({ path: join(folder, `search-fr-${width}-${colorScheme}.png`), fullPage: true });
        await page.close();
      }
    }
  });
});
