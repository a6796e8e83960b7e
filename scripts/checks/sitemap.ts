/**
 * The sitemap against the pages: every address it lists is a page of the build, and names the
 * same language versions (`xhtml:link`) as that page's head (`<link rel="alternate" hreflang>`),
 * in the same order, and none where the head names none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { type BuiltPage, elements } from './pages.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['sitemap', 'url', 'xhtml:link'].includes(name) });

/** A page's language versions as its head names them: "hreflang href" each. */
function headAlternates(page: BuiltPage): string[] {
  return elements(page.tree)
    .filter(({ tagName, properties }) => tagName === 'link' && String(properties.rel) === 'alternate' && properties.hrefLang !== undefined)
    .map(({ properties }) => `${String(properties.hrefLang)} ${String(properties.href)}`);
}

export function checkSitemap(pages: BuiltPage[], dist: string, site: string): { checked: number; problems: string[] } {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const problems: string[] = [];
  let checked = 0;
  const local = (address: string) => (address.startsWith(`${site}/`) ? address.slice(site.length) : undefined);
  const index = parser.parse(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')) as { sitemapindex: { sitemap: Array<{ loc: string }> } };
  for (const { loc } of index.sitemapindex.sitemap) {
    const file = local(loc);
    if (file === undefined) {
      problems.push(`/sitemap-index.xml: ${loc} is not on ${site}`);
      continue;
    }
    const sitemap = parser.parse(readFileSync(join(dist, file), 'utf8')) as {
      urlset: { url?: Array<{ loc: string; 'xhtml:link'?: Array<{ '@hreflang': string; '@href': string }> }> };
    };
    for (const url of sitemap.urlset.url ?? []) {
      checked += 1;
      const path = local(url.loc);
      const page = path === undefined ? undefined : byPath.get(path);
      if (!page) {
        problems.push(`${file}: ${url.loc} is not a page of the build`);
        continue;
      }
      const listed = (url['xhtml:link'] ?? []).map((link) => `${link['@hreflang']} ${link['@href']}`);
      const head = headAlternates(page);
      if (listed.join('\n') !== head.join('\n'))
        problems.push(`${file}: ${url.loc} has the alternates [${listed.join(', ')}], its page's head [${head.join(', ')}]`);
    }
  }
  return { checked, problems };
}
