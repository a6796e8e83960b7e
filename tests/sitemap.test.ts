/**
 * The sitemap's alternates: the post-build check holds them to each page's head and says where
 * they differ, and the sitemap's `serialize` gives a record's pages none when its English is not
 * current, from the same decision as the page.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPages } from '../scripts/checks/pages.ts';
import { checkSitemap } from '../scripts/checks/sitemap.ts';
import { Corpus } from '../src/core/records.ts';
import { loadTranslations } from '../src/core/translations.ts';
import { sitemapAlternates } from '../src/lib/alternates.ts';
import { root, tempDir } from './helpers.ts';

const site = 'https://example.test';
const alternates = (path: string) => [
  ['fr', `${site}/fr/${path}`],
  ['en', `${site}/en/${path}`],
  ['x-default', `${site}/fr/${path}`],
];
const head = (links: string[][]) =>
  `<!doctype html><html lang="fr"><head><title>t</title>${links.map(([lang, href]) => `<link rel="alternate" hreflang="${lang}" href="${href}">`).join('')}<link rel="alternate" type="application/atom+xml" href="/fr/changes.xml"></head><body></body></html>`;
const entry = (path: string, links: string[][]) =>
  `<url><loc>${site}${path}</loc>${links.map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${href}"/>`).join('')}</url>`;

/** A build of three pages, the translated one's head with its alternates, and a sitemap of the given entries. */
function build(entries: string[]): string {
  const dist = tempDir('sg-sitemap-');
  const files = {
    'fr/about/index.html': head(alternates('about/')),
    'en/about/index.html': head(alternates('about/')),
    'en/ml/record/index.html': head([]),
    'sitemap-index.xml': `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${site}/sitemap-0.xml</loc></sitemap></sitemapindex>`,
    'sitemap-0.xml': `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries.join('')}</urlset>`,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}
const check = (dist: string) => checkSitemap(readPages(dist), dist, site);

describe('the sitemap check', () => {
  it('passes a sitemap whose alternates are its pages', () => {
    const dist = build([entry('/fr/about/', alternates('about/')), entry('/en/about/', alternates('about/')), entry('/en/ml/record/', [])]);
    expect(check(dist)).toEqual({ checked: 3, problems: [] });
  });

  it('says where the sitemap names other alternates than the head, or none, or some where it has none, or no page', () => {
    const dist = build([
      entry('/fr/about/', []),
      entry('/en/about/', alternates('about/').slice(0, 2)),
      entry('/en/ml/record/', alternates('ml/record/')),
      entry('/fr/gone/', []),
    ]);
    expect(check(dist)).toEqual({
      checked: 4,
      problems: [
        `/sitemap-0.xml: ${site}/fr/about/ has the alternates [], its page's head [fr ${site}/fr/about/, en ${site}/en/about/, x-default ${site}/fr/about/]`,
        `/sitemap-0.xml: ${site}/en/about/ has the alternates [fr ${site}/fr/about/, en ${site}/en/about/], its page's head [fr ${site}/fr/about/, en ${site}/en/about/, x-default ${site}/fr/about/]`,
        `/sitemap-0.xml: ${site}/en/ml/record/ has the alternates [fr ${site}/fr/ml/record/, en ${site}/en/ml/record/, x-default ${site}/fr/ml/record/], its page's head []`,
        `/sitemap-0.xml: ${site}/fr/gone/ is not a page of the build`,
      ],
    });
  });
});

describe("the sitemap's serialize", () => {
  const corpus = Corpus.parse(JSON.parse(readFileSync(join(root, 'tests/fixtures/seeds/corpus.json'), 'utf8')));
  const english = loadTranslations(join(root, 'content/translations'), 'en');
  const archives = 'ml/secretariat-general/attribution/suivi-bonne-conservation-archives-departement';
  const links = (english: ReturnType<typeof loadTranslations>, path: string) =>
    sitemapAlternates(new URL(site), () => ({ corpus, english }))
      .serialize({ url: `${site}${path}` })
      .links?.map((link) => `${link.lang} ${link.url}`);

  it("names every language and x-default on a record's page whose English is current, and on every other page", () => {
    expect(links(english, `/en/${archives}/`)).toEqual([`fr ${site}/fr/${archives}/`, `en ${site}/en/${archives}/`, `x-default ${site}/fr/${archives}/`]);
    expect(links(english, '/fr/compare/')).toEqual([`fr ${site}/fr/compare/`, `en ${site}/en/compare/`, `x-default ${site}/fr/compare/`]);
    expect(links(english, '/')).toEqual([`fr ${site}/fr/`, `en ${site}/en/`, `x-default ${site}/`]);
  });

  it('names none on either page of a record whose English is stale or missing, and leaves the identifiers out', () => {
    const { [archives]: _, ...untranslated } = english;
    expect([links(untranslated, `/fr/${archives}/`), links(untranslated, `/en/${archives}/`)]).toEqual([undefined, undefined]);
    const stale = { ...english, [archives]: { text: { ...english[archives]!.text!, fr_sha256: '0'.repeat(64) } } };
    expect(links(stale, `/en/${archives}/`)).toBeUndefined();
    const { filter } = sitemapAlternates(new URL(site), () => ({ corpus, english }));
    expect([filter(`${site}/id/${archives}/`), filter(`${site}/fr/${archives}/`)]).toEqual([false, true]);
  });
});
