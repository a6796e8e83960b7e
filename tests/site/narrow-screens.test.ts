/**
 * The site on a phone, in Chromium at 320 px, the narrowest screen WCAG reflows to (1.4.10): no
 * page scrolls sideways, in either language; the links of the comparison matrix, numbers of one
 * or two digits, are tap targets of at least 24 × 24 px (2.5.8); and at 390 × 844 the header
 * keeps to two rows of at most 100 px, every control of it a tap target of 24 × 24 px at least,
 * the navigation behind a menu button that opens without script.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/browser.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(Number(process.env.SITE_TEST_PORT ?? 4391) + 40);
}, 60_000);
afterAll(async () => {
  await site?.close();
});

const pages = {
  home: '',
  country: 'ml',
  institution: 'bj/secretariat-general',
  attribution: 'ml/secretariat-general/attribution/definition-prealable-attitude-doivent-adopter-representants',
  general: 'ml/secretariat-general/general/autorite-directe-ministre-secretaire-general-est',
  organ: 'bj/secretariat-general/organ/cellule-juridique',
  official: 'bj/secretariat-general/official/secretaire-generale-adjointe-ministere',
  decree: 'ml/secretariat-general/decree/decret-94-202-pm-rm',
  compare: 'compare',
  pair: 'compare/bj-ml',
  alignment: 'compare/bj-ml/alignment',
  structures: 'compare/bj-ml/structures',
  theme: 'themes/records-archives',
  themes: 'themes',
  search: 'search',
  'search with results': 'search/?q=archives',
  data: 'data',
  about: 'about',
  permalinks: 'permalinks',
};

describe('at 320 px', () => {
  const cases = [
    ['root', '/'] as const,
    ...Object.entries(pages).flatMap(([name, path]) =>
      (['fr', 'en'] as const).map((lang) => [`${name} (${lang})`, `/${lang}/${path === '' || path.includes('?') ? path : `${path}/`}`] as const),
    ),
  ];

  it('has every main page in both languages', () => {
    expect(cases.length).toBe(1 + 2 * Object.keys(pages).length);
    expect(cases.map(([, path]) => path)).toContain('/en/search/?q=archives');
  });

  it.each(cases)('%s does not scroll sideways', async (_, path) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 700 } });
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status()).toBe(200);
    if (path.includes('?q=')) await page.locator('#search-results > li').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it.each(['fr', 'en'] as const)('the comparison matrix has tap targets of 24 × 24 px at least (%s)', async (lang) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 700 } });
    await page.goto(`${site.url}/${lang}/compare/`);
    const links = await page.locator('table.matrix a').evaluateAll((anchors) =>
      anchors.map((anchor) => {
        const { width, height } = anchor.getBoundingClientRect();
        return { text: anchor.textContent, width, height };
      }),
    );
    // The two countries, the themes and the numbers of the attributions in each cell.
    expect(links.filter((link) => /^\d+$/.test(link.text!)).length).toBeGreaterThanOrEqual(30);
    expect(links.filter((link) => link.width < 24 || link.height < 24)).toEqual([]);
    await page.close();
  });
});

describe('the header on a phone', () => {
  /** The size of every control of the header that can be seen, named by its text or label. */
  const controls = (page: Page) =>
    page.locator('header.site').evaluate((header) =>
      [...header.querySelectorAll('a, summary, input, button')]
        .filter((control) => control.checkVisibility())
        .map((control) => {
          const { width, height } = control.getBoundingClientRect();
          const name = control.getAttribute('aria-label') ?? control.getAttribute('placeholder') ?? control.textContent?.trim();
          return { name, width, height };
        }),
    );
  const small = (found: Array<{ width: number; height: number }>) => found.filter((control) => control.width < 24 || control.height < 24);

  it.each([
    ['fr', ['Secrétariat général', 'Menu', 'Read this page in English', 'archives, contrôle…', 'Rechercher'], ['Accueil', 'Comparer', 'Données', 'À propos']],
    ['en', ['Secretariat-General', 'Menu', 'Lire cette page en français', 'archives, review…', 'Search'], ['Home', 'Compare', 'Data', 'About']],
  ] as const)('takes 100 px at most at 390 × 844 (%s), its controls 24 × 24 px at least, the menu opening below', async (lang, shown, menu) => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url}/${lang}/${pages.attribution}/`);
    expect((await page.locator('header.site').boundingBox())!.height).toBeLessThanOrEqual(100);
    const closed = await controls(page);
    expect(closed.map((control) => control.name)).toEqual(shown);
    expect(small(closed)).toEqual([]);
    // The name stays whole on its row.
    expect(await page.locator('header.site .brand').evaluate((brand) => brand.scrollWidth <= brand.clientWidth)).toBe(true);

    // From the keyboard: the skip link, the name, then the menu's button, which Enter opens.
    for (let tab = 0; tab < 3; tab += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(menu[0]);
    const open = await controls(page);
    expect(open.map((control) => control.name)).toEqual([shown[0], shown[1], ...menu, ...shown.slice(2)]);
    expect(small(open)).toEqual([]);
    // The open menu pushes the search box down rather than covering the page.
    const search = (await page.locator('header.site .site-search').boundingBox())!;
    const last = (await page.getByRole('link', { name: menu[3], exact: true }).boundingBox())!;
    expect(search.y).toBeGreaterThanOrEqual(last.y + last.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it.each(['fr', 'en'])('does not scroll sideways at 320 px with its menu open (%s)', async (lang) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 700 } });
    await page.goto(`${site.url}/${lang}/${pages.attribution}/`);
    await page.locator('details.menu > summary').click();
    expect(await page.locator('nav.main a').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.locator('header.site .brand').evaluate((brand) => brand.scrollWidth <= brand.clientWidth)).toBe(true);
    await page.close();
  });

  it('shows the navigation without a menu button where there is room', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}/en/`);
    expect(await page.locator('details.menu > summary').isVisible()).toBe(false);
    expect(await page.locator('nav.main a').allInnerTexts()).toEqual(['Home', 'Compare', 'Data', 'About']);
    expect(await page.locator('nav.main a').evaluateAll((links) => links.every((link) => link.checkVisibility()))).toBe(true);
    expect((await page.locator('header.site').boundingBox())!.height).toBeLessThan(70);
    await page.close();
  });
});
