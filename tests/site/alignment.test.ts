/**
 * The alignment of Benin and Mali in the built site, in Chromium: one row per link with the two
 * texts, the relation and the rationale, the shared wording marked; every provision without
 * counterpart with its reason; the coverage; the same alignment as data; and a record page
 * that says why it has no counterpart.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/browser.ts';
import { corpusFile, readCorpus } from '../../src/core/read-corpus.ts';
import { alignPair } from '../../src/open-data/alignments.ts';
import { root } from '../helpers.ts';

const corpus = readCorpus(resolve(root, corpusFile));
const pair = alignPair(corpus, ['BJ', 'ML']);

let site: Site;
beforeAll(async () => {
  site = await openSite(Number(process.env.SITE_TEST_PORT ?? 4391) + 30);
}, 60_000);
afterAll(async () => {
  await site?.close();
});

describe('the alignment page', () => {
  it('has one row per link, each with its two provisions, the relation, the rationale and the shared wording marked', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}/${lang}/compare/bj-ml/alignment/`);
      const rows = page.locator('[data-alignment] tbody tr');
      expect(await rows.count()).toBe(pair.links.length);
      for (const [index, link] of pair.links.entries()) {
        const row = rows.nth(index);
        const hrefs = await row.locator('td:not(.relation) > a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
        expect(hrefs).toEqual([`/${lang}/${link.from.id}/`, `/${lang}/${link.to.id}/`]);
        expect(await row.locator('td.relation p').textContent()).toBe(link.rationale[lang]);
        const marks = await row.locator('td:not(.relation) mark').allTextContents();
        const expected = [...link.shared.from.map(([s, e]) => link.from.text.slice(s, e)), ...link.shared.to.map(([s, e]) => link.to.text.slice(s, e))];
        expect(marks).toEqual(expected);
      }
      await page.close();
    }
  });

  it('lists every provision without counterpart with its reason, and states the coverage of each side', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/compare/bj-ml/alignment/`);
    for (const side of pair.coverage) {
      const country = side.country === 'BJ' ? 'Benin' : 'Mali';
      const other = side.country === 'BJ' ? 'Mali' : 'Benin';
      expect(await page.locator(`[data-coverage="${side.country}"]`).textContent()).toBe(
        `${side.linked} of the ${side.provisions} provisions (${country}) have a counterpart (${other}).`,
      );
      expect(side.linked + side.unmatched + side.unaligned).toBe(side.provisions);
    }
    const reasons = await page.locator('[data-unmatched] li > p:last-child').allTextContents();
    expect(reasons).toEqual(pair.unmatched.map((entry) => entry.reason.en));
    expect(await page.locator('[data-unaligned] li').count()).toBe(pair.unaligned.length);
    await page.close();
  });

  it('is published as data, the same links and entries', async () => {
    const page = await site.browser.newPage();
    const json = (await (await page.request.get(`${site.url}/data/alignments/bj-ml.json`)).json()) as {
      links: Array<{ from: { id: string }; to: { id: string }; shared: { from: string[] } }>;
      unmatched: unknown[];
    };
    expect(json.links.map((link) => [link.from.id, link.to.id])).toEqual(pair.links.map((link) => [link.from.id, link.to.id]));
    expect(json.links.map((link) => link.shared.from)).toEqual(pair.links.map((link) => link.shared.from.map(([s, e]) => link.from.text.slice(s, e))));
    expect(json.unmatched).toHaveLength(pair.unmatched.length);
    const csv = await (await page.request.get(`${site.url}/data/alignments/bj-ml.csv`)).text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + pair.links.length + pair.unmatched.length);
    await page.close();
  });

  it('is linked from the comparison pages', async () => {
    const page = await site.browser.newPage();
    for (const path of ['/fr/compare/', '/fr/compare/bj-ml/']) {
      await page.goto(`${site.url}${path}`);
      expect(await page.locator('a[href="/fr/compare/bj-ml/alignment/"]').count(), path).toBe(1);
    }
    await page.close();
  });

  it('gives, on a provision’s own page, the reason it has no counterpart', async () => {
    const entry = pair.unmatched[0];
    expect(entry, 'the seeds declare provisions without counterpart').toBeDefined();
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/${entry!.provision.id}/`);
    expect(await page.locator('[data-comparable] [data-no-counterpart]').textContent()).toBe(entry!.reason.en);
    await page.close();
  });
});
