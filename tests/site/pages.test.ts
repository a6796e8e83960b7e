/**
 * The built site in Chromium: no accessibility violation (axe-core) on the main pages in both
 * languages and colour schemes (the search page with its results), the language switcher keeps
 * the reader on the same record, the citation copies, a list's lead-in is quoted in French with
 * its English beside it on an English page, and screenshots of the main pages at 390 and 1280 px
 * for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers.ts';
import { openSite, type Site } from '../../scripts/browser.ts';
import { axeViolations } from './axe.ts';
import { siteUrl } from '../../src/core/site-url.ts';
import { corpusFile, readCorpus } from '../../src/core/read-corpus.ts';

const attribution = 'ml/secretariat-general/attribution/definition-prealable-attitude-doivent-adopter-representants';
const pages = {
  home: '',
  country: 'ml',
  institution: 'bj/secretariat-general',
  attribution,
  general: 'ml/secretariat-general/general/autorite-directe-ministre-secretaire-general-est',
  organ: 'bj/secretariat-general/organ/cellule-juridique',
  official: 'bj/secretariat-general/official/secretaire-generale-adjointe-ministere',
  decree: 'ml/secretariat-general/decree/decret-94-202-pm-rm',
  about: 'about',
  data: 'data',
  compare: 'compare',
  pair: 'compare/bj-ml',
  alignment: 'compare/bj-ml/alignment',
  theme: 'themes/records-archives',
  themes: 'themes',
};

let site: Site;
beforeAll(async () => {
  site = await openSite(Number(process.env.SITE_TEST_PORT ?? 4391));
}, 60_000);
afterAll(async () => {
  await site?.close();
});

describe('accessibility (axe-core)', () => {
  const cases = Object.entries(pages).flatMap(([name, path]) =>
    (['fr', 'en'] as const).map((lang) => [`${name} (${lang})`, `/${lang}/${path ? `${path}/` : ''}`] as const),
  );
  const searches = [
    ['search (fr)', '/fr/search/?q=archives&both=1&country=ML'],
    ['search (en)', '/en/search/?q=archives&both=1'],
    ['search, empty (fr)', '/fr/search/'],
  ] as const;
  it.each([...cases, ...searches, ['root', '/'] as const, ['404', '/fr/no-such-page/'] as const])('%s', async (name, path) => {
    // Light on a wide screen, dark on a phone's width: every rule, tap targets included, at both.
    for (const [scheme, width] of [
      ['light', 1280],
      ['dark', 390],
    ] as const) {
      const { status, violations } = await axeViolations(site, `${site.url}${path}`, scheme, width);
      expect(status).toBe(name === '404' ? 404 : 200);
      expect(violations, `${path} (${scheme}, ${width} px)`).toEqual([]);
    }
  });
});

describe('page titles', () => {
  it('tell every record apart, in both languages, a provision by its opening words', async () => {
    const corpus = readCorpus(join(root, corpusFile));
    const records = [...corpus.missions, ...corpus.organs, ...corpus.officials, ...corpus.decrees];
    const page = await site.browser.newPage();
    const titles = new Map<string, string>();
    for (const lang of ['fr', 'en'] as const) {
      for (const record of records) {
        await page.goto(`${site.url}/${lang}/${record.id}/`);
        titles.set(`${lang} ${record.id}`, await page.title());
      }
    }
    await page.close();
    expect(titles.size).toBe(2 * records.length);
    expect(new Set(titles.values()).size).toBe(titles.size);
    expect(titles.get(`fr ${attribution}`)).toBe(
      'La définition préalable de l’attitude que doivent adopter… — Attribution 4, Secrétariat Général (Mali) · Secrétariat général',
    );
    expect(titles.get(`en ${attribution}`)).toBe(
      'The prior determination of the position to be adopted by the… — Function 4, Secretariat-General (Mali) · Secretariat-General',
    );
    // A provision whose French is short enough is given whole, without its final punctuation.
    expect(titles.get('fr ml/secretariat-general/attribution/suivi-mise-oeuvre-instructions-ministerielles')).toBe(
      'Le suivi de la mise en œuvre des instructions ministérielles — Attribution 11, Secrétariat Général (Mali) · Secrétariat général',
    );
    expect(titles.get(`fr ${pages.organ}`)).toBe('la Cellule juridique, Secrétariat général du Ministère (Bénin) · Secrétariat général');
  }, 120_000);
});

describe('the language switcher', () => {
  it('keeps the reader on the same record, both ways', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/fr/${attribution}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.click('[data-lang-switch]');
    await page.waitForURL(`${site.url}/en/${attribution}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Function 4');
    await page.keyboard.press('Tab');
    await page.click('[data-lang-switch]');
    await page.waitForURL(`${site.url}/fr/${attribution}/`);
    expect(await page.locator('h1').textContent()).toBe('Attribution 4');
    await page.close();
  });

  it('is reachable from the keyboard, after the skip link', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/${attribution}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    await page.close();
  });
});

describe('the citation', () => {
  it('is copied by its button, with the permanent address', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/${attribution}/`);
    const text = await page.locator('#citation-text').textContent();
    expect(text).toBe(
      `Mali, Secretariat-General, function 4. Source: “Le Secrétariat Général”, ministry web page, undated, line 21, SHA-256 c81e2ba773ddfff79458a4da43d71bd4cbcd4e81631f6f4a99cfdbc59f4f5581. ${siteUrl}/id/${attribution}/`,
    );
    await page.getByRole('button', { name: 'Copy the reference' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    expect(await page.getByRole('status').textContent()).toBe('Reference copied');
    await context.close();
  });

  it('ships no other script than the copy button and the language switcher', async () => {
    const page = await site.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    for (const path of Object.values(pages)) await page.goto(`${site.url}/fr/${path ? `${path}/` : ''}`);
    const kinds = new Set(scripts.map((script) => script.replace(/\.[\w-]+\.js$/, '.js')));
    // The switcher's script and the module it shares with the identifier's page.
    const allowed = [
      '/_astro/Citation.astro_astro_type_script_index_0_lang.js',
      '/_astro/LanguageChoice.astro_astro_type_script_index_0_lang.js',
      '/_astro/language-choice.js',
    ];
    expect([...kinds].filter((script) => !allowed.includes(script))).toEqual([]);
    await page.close();
  });
});

describe('screenshots', () => {
  it('are taken of the main pages at 390 and 1280 px in both languages', async () => {
    const folder = join(root, 'test-results/screenshots');
    mkdirSync(folder, { recursive: true });
    let taken = 0;
    for (const width of [390, 1280]) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      for (const [name, path] of Object.entries(pages)) {
        for (const lang of ['fr', 'en']) {
          await page.goto(`${site.url}/${lang}/${path ? `${path}/` : ''}`);
          // Nothing may overflow the viewport sideways, even at 390 px.
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} ${lang} ${width}`).toBeLessThanOrEqual(width);
          await page.screenshot({ path: join(folder, `${name}-${lang}-${width}.png`), fullPage: true });
          taken += 1;
        }
      }
      await page.close();
    }
    expect(taken).toBe(Object.keys(pages).length * 4);
  });
});

describe('comparison on the attribution page', () => {
  it('lists the comparable provisions of the other country, and says so where there is none', async () => {
    const page = await site.browser.newPage();
    const archives = 'ml/secretariat-general/attribution/suivi-bonne-conservation-archives-departement';
    await page.goto(`${site.url}/en/${archives}/`);
    const section = page.locator('[data-comparable]');
    expect(await section.locator('h3').allTextContents()).toEqual(['Benin']);
    expect(await section.locator('p').first().textContent()).toBe('No comparable provision in Benin’s text.');
    await page.goto(`${site.url}/fr/${archives}/`);
    expect(await page.locator('[data-comparable] p').first().textContent()).toBe('Aucune disposition comparable dans le texte (Bénin).');
    await page.close();
  });
});

describe('the sentence introducing a list', () => {
  /** The facts list's entry for the lead-in: the HTML of its <dd>, after the <dt> of that name. */
  const leadInOf = async (url: string, term: string) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${url}`);
    const html = await page.locator(`dl.facts dt:text-is("${term}") + dd`).evaluate((dd) => dd.outerHTML);
    await page.close();
    return html;
  };

  it.each([
    [attribution, '“A cet effet, il assure les attributions suivantes :”', 'To this end, the Secretary-General exercises the following functions:'],
    [pages.organ, '“Le Secrétariat général du Ministère comprend :”', 'The Secretariat-General of the Ministry comprises:'],
    [
      'bj/secretariat-general/attribution/propose-liaison-cabinet-orientations-strategiques-destinees',
      "“A ce titre et sous l'autorité du Ministre, il :”",
      'In this capacity and under the authority of the Minister, it:',
    ],
  ])('is quoted in French on the English page of %s, marked as French, with the English beside it', async (id, french, english) => {
    expect(await leadInOf(`/en/${id}/`, 'Introduced by')).toBe(`<dd><span lang="fr">${french}</span> (${english})</dd>`);
  });

  it.each([
    [attribution, '«&nbsp;A cet effet, il assure les attributions suivantes :&nbsp;»'],
    [pages.organ, '«&nbsp;Le Secrétariat général du Ministère comprend :&nbsp;»'],
  ])('is quoted alone on the French page of %s, as before', async (id, french) => {
    expect(await leadInOf(`/fr/${id}/`, 'Introduit par')).toBe(`<dd>${french}</dd>`);
  });
});
