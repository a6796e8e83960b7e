/**
 * The structures view of the built site, in Chromium: each row of the seeds cites exactly its
 * records, says "not described by the source" where Mali's source is silent, marks French on
 * the English page and gives a lead-in's English beside it, passes axe-core in both languages and colour schemes and fits 320 px; the
 * pair and comparison pages link to it; the country and home pages no longer count a zero.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/browser.ts';
import { axeViolations } from './axe.ts';

const bj = 'bj/secretariat-general';
const ml = 'ml/secretariat-general';
const path = (lang: string) => `/${lang}/compare/bj-ml/structures/`;

let site: Site;
beforeAll(async () => {
  site = await openSite(Number(process.env.SITE_TEST_PORT ?? 4391) + 30);
}, 60_000);
afterAll(async () => {
  await site?.close();
});

/** Each row of the table: its id, its heading, and per country the records it links to (ids) and its text. */
async function rowsOf(lang: string) {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}${path(lang)}`);
  const rows = await page.$$eval('tr[data-row]', (trs) =>
    trs.map((tr) => ({
      row: tr.getAttribute('data-row'),
      heading: tr.querySelector('th')!.textContent!.trim(),
      cells: Object.fromEntries(
        [...tr.querySelectorAll('td')].map((td) => [
          td.getAttribute('data-country'),
          {
            links: [...td.querySelectorAll('a')].map((a) => a.getAttribute('href')!.replace(/^\/(?:fr|en)\/|\/$/g, '')),
            text: [...td.childNodes]
              .filter((node) => !(node instanceof HTMLElement && node.classList.contains('cell-country')))
              .map((node) => node.textContent)
              .join('')
              .replace(/\s+/g, ' ')
              .trim(),
          },
        ]),
      ),
    })),
  );
  await page.close();
  return rows;
}

const general = {
  led: `${bj}/general/secretariat-general-ministere-est-dirige-secretaire`,
  under: `${bj}/general/directeurs-centraux-techniques-responsables-organismes-tutelle`,
  mali: `${ml}/general/autorite-directe-ministre-secretaire-general-est`,
};
const leadIn = `${bj}/attribution/propose-liaison-cabinet-orientations-strategiques-destinees`;
const organ = (slug: string) => `${bj}/organ/${slug}`;

describe('the structures of Benin and Mali', () => {
  it.each(['fr', 'en'])('cite in each row, in %s, exactly the records that say it', async (lang) => {
    const rows = await rowsOf(lang);
    expect(rows.map(({ row, cells }) => [row, cells.BJ?.links ?? null, cells.ML?.links ?? null])).toEqual([
      ['leads', [general.led], [general.mali]],
      ['assists', [general.led], []],
      ['answers-to', [leadIn], [general.mali]],
      ['over', [general.under], []],
      [
        'type-leadership',
        [organ('secretaire-general-ministere'), organ('secretaire-general-adjoint-ministere'), organ('assistant-secretaire-general-ministere')],
        [],
      ],
      ['type-administrative-secretariat', [organ('secretariat-administratif')], null],
      ['type-legal-affairs', [organ('cellule-juridique')], null],
      ['type-public-procurement', [organ('personne-responsable-marches-publics'), organ('commission-passation-marches-publics')], null],
      ['type-administrative-reform', [organ('cellule-sectorielle-pilotage-reforme-administrative-institutionnelle')], null],
      ['officials', [`${bj}/official/secretaire-general-ministere`, `${bj}/official/secretaire-generale-adjointe-ministere`], []],
      ['basis', [], [`${ml}/decree/decret-94-202-pm-rm`]],
    ]);
  });

  it('says, in French, what the sources say and where Mali’s and Benin’s are silent', async () => {
    const rows = new Map((await rowsOf('fr')).map((row) => [row.row, row]));
    expect(rows.get('leads')!.heading).toBe('Qui le dirige');
    expect(rows.get('leads')!.cells.BJ!.text).toBe(
      "Le Secrétariat général du Ministère est dirigé par un Secrétaire général assisté d'un Secrétaire général adjoint.Disposition générale, ligne 31",
    );
    expect(rows.get('answers-to')!.cells.BJ!.text).toBe("A ce titre et sous l'autorité du Ministre, il :Phrase introduisant les attributions, ligne 7");
    for (const row of ['assists', 'over', 'officials']) expect(rows.get(row)!.cells.ML!.text, row).toBe('Non décrit par la source.');
    expect(rows.get('type-leadership')!.cells.ML!.text).toBe('Composition non décrite par la source.');
    expect(rows.get('basis')!.cells.BJ!.text).toBe('Non décrit par la source.');
    expect(rows.get('basis')!.cells.ML!.text).toBe(
      'Décret n° 94-202/PM-RM du 3 juin 1994, Fixant les Règles Générales d’Organisation et de Fonctionnement des Secrétariats Généraux des Départements Ministériels',
    );
  });

  it('gives, in English, the translation where current and the French as written, marked, where there is none', async () => {
    const rows = new Map((await rowsOf('en')).map((row) => [row.row, row]));
    expect(rows.get('over')!.heading).toBe('What is under its authority');
    expect(rows.get('assists')!.cells.ML!.text).toBe('Not described by the source.');
    expect(rows.get('type-leadership')!.cells.ML!.text).toBe('Composition not described by the source.');
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${path('en')}`);
    expect(await page.locator('tr[data-row="leads"] td[data-country="BJ"] a').getAttribute('lang')).toBeNull();
    const lead = page.locator('tr[data-row="answers-to"] td[data-country="BJ"] a');
    expect([await lead.textContent(), await lead.getAttribute('lang')]).toEqual(["A ce titre et sous l'autorité du Ministre, il :", 'fr']);
    // The lead-in's English stands beside the French it translates, outside the French link.
    expect(rows.get('answers-to')!.cells.BJ!.text).toBe(
      "A ce titre et sous l'autorité du Ministre, il : (In this capacity and under the authority of the Minister, it:)Sentence introducing the functions, line 7",
    );
    await page.close();
  });

  it.each(['fr', 'en'])('has no accessibility violation in %s, light and dark', async (lang) => {
    for (const scheme of ['light', 'dark'] as const) {
      const { status, violations } = await axeViolations(site, `${site.url}${path(lang)}`, scheme);
      expect(status).toBe(200);
      expect(violations, `${lang} ${scheme}`).toEqual([]);
    }
  });

  it('fits 320 px without sideways scrolling, in both languages', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 700 } });
    for (const lang of ['fr', 'en']) {
      await page.goto(`${site.url}${path(lang)}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), lang).toBeLessThanOrEqual(320);
    }
    await page.close();
  });

  it('is linked from the pair page and from the comparison page', async () => {
    const page = await site.browser.newPage();
    for (const from of ['/fr/compare/bj-ml/', '/fr/compare/', '/en/compare/bj-ml/', '/en/compare/']) {
      await page.goto(`${site.url}${from}`);
      expect(await page.locator(`a[href="${path(from.slice(1, 3))}"]`).count(), from).toBe(1);
    }
    await page.close();
  });
});

describe('what a source does not describe, on the country and home pages', () => {
  it.each([
    ['/fr/ml/', '15 attributions · composition non décrite par la source · responsables non nommés par la source'],
    ['/en/ml/', '15 functions · composition not described by the source · officials not named by the source'],
    ['/fr/bj/', '11 attributions · 8 organes · 2 responsables'],
  ])('%s says so instead of a zero', async (url, counts) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${url}`);
    expect((await page.locator('ul.cards li p').textContent())!.replace(/\s+/g, ' ').trim()).toBe(counts);
    await page.close();
  });

  it('the home page too', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/fr/`);
    const text = (await page.locator('ul.cards').textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('15 attributions · composition non décrite par la source');
    expect(text).not.toContain('0 organe');
    await page.close();
  });
});
