/**
 * Every page exists in both languages, says its language, and its switcher leads to its twin;
 * every record of the corpus has its page in each language.
 */

import { locales } from '../../src/core/locales.ts';
import type { Corpus } from '../../src/core/records.ts';
import type { BuiltPage } from './pages.ts';

export function checkLanguages(pages: BuiltPage[], corpus: Corpus): { checked: number; problems: string[] } {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const problems: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const [, lang, ...rest] = page.path.split('/');
    if (!(locales as readonly string[]).includes(lang ?? '')) continue;
    checked += 1;
    if (page.lang !== lang) problems.push(`${page.path}: <html lang="${page.lang}">, expected "${lang}"`);
    for (const other of locales.filter((locale) => locale !== lang)) {
      const twin = `/${other}/${rest.join('/')}`;
      if (!byPath.has(twin)) problems.push(`${page.path}: no ${other} page at ${twin}`);
      if (page.switcher !== twin) problems.push(`${page.path}: the language switcher leads to ${page.switcher}, expected ${twin}`);
    }
  }
  for (const record of [...corpus.missions, ...corpus.organs, ...corpus.officials, ...corpus.decrees]) {
    for (const lang of locales) if (!byPath.has(`/${lang}/${record.id}/`)) problems.push(`record ${record.id}: no ${lang} page`);
  }
  return { checked, problems };
}
