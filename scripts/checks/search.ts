/**
 * Search indexes the record pages and only them: each has one indexed body, the title and country
 * a result shows, and the filters (country, type, and theme for an attribution); Pagefind's
 * bundle holds as many pages per language as there are records.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../src/core/locales.ts';
import type { Corpus } from '../../src/core/records.ts';
import { type BuiltPage, elements } from './pages.ts';

/** The keys of a data-pagefind-meta or data-pagefind-filter attribute ("country:ML" → "country"). */
const keys = (page: BuiltPage, property: 'dataPagefindMeta' | 'dataPagefindFilter') =>
  elements(page.tree).flatMap(({ properties }) => (typeof properties[property] === 'string' ? [String(properties[property]).split(':')[0]] : []));

export function checkSearch(pages: BuiltPage[], corpus: Corpus, dist: string): { checked: number; problems: string[] } {
  const records = new Map([...corpus.missions, ...corpus.organs, ...corpus.officials, ...corpus.decrees].map((record) => [record.id, record.kind]));
  const problems: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const bodies = elements(page.tree).filter(({ properties }) => properties.dataPagefindBody !== undefined).length;
    const [, lang, ...rest] = page.path.split('/');
    const kind = (locales as readonly string[]).includes(lang ?? '') ? records.get(rest.slice(0, -1).join('/')) : undefined;
    if (kind === undefined) {
      if (bodies > 0) problems.push(`${page.path}: indexed for search, but is not a record page`);
      continue;
    }
    checked += 1;
    if (bodies !== 1) problems.push(`${page.path}: ${bodies} data-pagefind-body elements, expected 1`);
    const meta = keys(page, 'dataPagefindMeta');
    const filters = keys(page, 'dataPagefindFilter');
    for (const key of ['title', 'country']) if (!meta.includes(key)) problems.push(`${page.path}: no "${key}" for search results`);
    for (const key of ['country', 'type', ...(kind === 'attribution' ? ['theme'] : [])])
      if (!filters.includes(key)) problems.push(`${page.path}: no "${key}" search filter`);
  }
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  for (const lang of locales) {
    const indexed = entry.languages[lang]?.page_count ?? 0;
    if (indexed !== records.size) problems.push(`pagefind: ${indexed} ${lang} pages indexed, expected ${records.size} (one per record)`);
  }
  return { checked, problems };
}
