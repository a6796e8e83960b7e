/**
 * Search indexes the record pages and the theme pages, and only them: a record page has one
 * indexed body, the title a result shows (it names the country), the filters (country, type,
 * and theme for an attribution) and its place in a filters-only list; a theme page, its body,
 * its type and its place. Pagefind's bundle holds that many pages per language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../src/core/locales.ts';
import type { Corpus } from '../../src/core/records.ts';
import { type BuiltPage, elements } from './pages.ts';

/** The keys of a data-pagefind-meta or data-pagefind-filter attribute ("country:ML" → "country"). */
const keys = (page: BuiltPage, property: 'dataPagefindMeta' | 'dataPagefindFilter' | 'dataPagefindSort') =>
  elements(page.tree).flatMap(({ properties }) => (typeof properties[property] === 'string' ? [String(properties[property]).split(':')[0]] : []));

export function checkSearch(pages: BuiltPage[], corpus: Corpus, dist: string): { checked: number; problems: string[] } {
  const records = new Map([...corpus.missions, ...corpus.organs, ...corpus.officials, ...corpus.decrees].map((record) => [record.id, record.kind]));
  const themes = new Set(corpus.themes.map((theme) => `themes/${theme.id}`));
  const problems: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const bodies = elements(page.tree).filter(({ properties }) => properties.dataPagefindBody !== undefined).length;
    const [, lang, ...rest] = page.path.split('/');
    const path = (locales as readonly string[]).includes(lang ?? '') ? rest.slice(0, -1).join('/') : '';
    const kind = records.get(path) ?? (themes.has(path) ? 'theme' : undefined);
    if (kind === undefined) {
      if (bodies > 0) problems.push(`${page.path}: indexed for search, but is neither a record nor a theme page`);
      continue;
    }
    checked += 1;
    if (bodies !== 1) problems.push(`${page.path}: ${bodies} data-pagefind-body elements, expected 1`);
    const [meta, filters, sorts] = (['dataPagefindMeta', 'dataPagefindFilter', 'dataPagefindSort'] as const).map((property) => keys(page, property));
    if (kind !== 'theme' && !meta!.includes('title')) problems.push(`${page.path}: no "title" for search results`);
    const expected = kind === 'theme' ? ['type'] : ['country', 'type', ...(kind === 'attribution' ? ['theme'] : [])];
    for (const key of expected) if (!filters!.includes(key)) problems.push(`${page.path}: no "${key}" search filter`);
    if (!sorts!.includes('position')) problems.push(`${page.path}: no "position" for a filters-only list`);
  }
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  for (const lang of locales) {
    const indexed = entry.languages[lang]?.page_count ?? 0;
    const expected = records.size + themes.size;
    if (indexed !== expected) problems.push(`pagefind: ${indexed} ${lang} pages indexed, expected ${expected} (one per record and per theme)`);
  }
  return { checked, problems };
}
