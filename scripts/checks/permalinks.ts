/**
 * Every published permalink resolves: the committed registry is the one this build leaves (no
 * address unregistered, none lost), and each registered id has its identifier page and, in
 * every language, its record page (and a live one its data), its tombstone, or a redirect
 * that ends on a page. A record the current text no longer has (a former one) keeps its page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { locales } from '../../src/core/locales.ts';
import type { Corpus, Permalink } from '../../src/core/records.ts';
import { type BuiltPage, elements } from './pages.ts';

/** Where a page redirects to, if it does. */
function redirectOf(page: BuiltPage): string | undefined {
  const refresh = elements(page.tree).find((element) => element.tagName === 'meta' && String(element.properties.httpEquiv).toLowerCase() === 'refresh');
  return refresh ? /url=(.*)$/.exec(String(refresh.properties.content))?.[1] : undefined;
}

export function checkPermalinks(
  pages: BuiltPage[],
  dist: string,
  corpus: Corpus,
  registry: Permalink[],
  registryFile: string,
): { checked: number; problems: string[] } {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const problems: string[] = [];
  if (!isDeepStrictEqual(registry, corpus.permalinks)) {
    const committed = new Set(registry.map((entry) => JSON.stringify(entry)));
    const differ = corpus.permalinks.filter((entry) => !committed.has(JSON.stringify(entry))).map((entry) => entry.id);
    problems.push(
      `${registryFile} is not the registry this build leaves (${differ.length} entries differ, e.g. ${differ.slice(0, 3).join(', ')}): run \`npm run permalinks\` and commit it`,
    );
  }
  const records = new Set([...corpus.missions, ...corpus.organs, ...corpus.officials, ...corpus.decrees, ...corpus.former].map((record) => record.id));
  for (const entry of registry) {
    if (!byPath.has(`/id/${entry.id}/`)) problems.push(`${entry.id}: no identifier page /id/${entry.id}/`);
    if (entry.status === 'live' && !existsSync(join(dist, 'data/records', `${entry.id}.json`)))
      problems.push(`${entry.id}: no data at /data/records/${entry.id}.json`);
    for (const lang of locales) {
      const path = `/${lang}/${entry.id}/`;
      const page = byPath.get(path);
      if (!page) {
        problems.push(`${entry.id}: no page at ${path}`);
        continue;
      }
      const redirect = redirectOf(page);
      const tombstone = page.html.includes('data-tombstone');
      if (entry.status === 'live' && (!records.has(entry.id) || redirect || tombstone)) problems.push(`${path}: live permalink without its record page`);
      if (entry.status === 'withdrawn' && !tombstone) problems.push(`${path}: withdrawn permalink without its tombstone`);
      if (entry.status === 'moved') {
        const target = redirect && byPath.get(redirect);
        if (!target || redirectOf(target)) problems.push(`${path}: moved permalink redirects to ${redirect ?? 'nothing'}, which is not a page`);
      }
    }
  }
  return { checked: registry.length, problems };
}
