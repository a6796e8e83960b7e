/**
 * The site on a phone, in Chromium at 320 px, the narrowest screen WCAG reflows to (1.4.10): no
 * page scrolls sideways, in either language; and the links of the comparison matrix, numbers
 * of one or two digits, are tap targets of at least 24 × 24 px (2.5.8).
 */
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
