/** Every internal link and anchor of the built site resolves to a page and an id that exist. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from './pages.ts';

export function checkLinks(pages: BuiltPage[], dist: string, site: string): { checked: number; problems: string[] } {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const problems: string[] = [];
  let checked = 0;
  for (const page of pages) {
    for (const href of page.links) {
      const url = new URL(href, new URL(page.path, site));
      if (url.origin !== new URL(site).origin) continue;
      checked += 1;
      const target = url.pathname.endsWith('/') ? byPath.get(url.pathname) : (byPath.get(url.pathname) ?? byPath.get(`${url.pathname}/`));
      const asset = existsSync(join(dist, decodeURIComponent(url.pathname)));
      if (!target && !asset) problems.push(`${page.path}: broken link ${href}`);
      else if (url.hash && target && !target.ids.has(decodeURIComponent(url.hash.slice(1)))) problems.push(`${page.path}: missing anchor ${href}`);
    }
  }
  return { checked, problems };
}
