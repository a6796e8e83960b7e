/**
 * The language versions a page names: `<link rel="alternate" hreflang>` in its head, and the
 * same as `xhtml:link` in the sitemap. A page names every language and x-default (the source
 * language) only where the other language is a real translation; only a record's page can be
 * untranslated (its English is not current). The sitemap decides with the same functions as the
 * pages, from the corpus and the English translations, read once, never from the built HTML.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { type Locale, locales, sourceLocale } from '../core/locales.ts';
import { readCorpus } from '../core/read-corpus.ts';
import { type Corpus, type CorpusRecord, type TranslationFile, translatableOf } from '../core/records.ts';
import { loadTranslations, type TranslationStatus, translate } from '../core/translations.ts';

/** One language version of a page: its language (or x-default) and its address. */
export interface Alternate {
  hreflang: Locale | 'x-default';
  href: string;
}

/**
 * Whether a record's page translates its twin in the other language: the record has nothing to
 * translate, or its English is current. `english` gives the status of the English of a field.
 */
export function translatesTwin(record: CorpusRecord, english: (id: string, field: string, fr: string) => TranslationStatus): boolean {
  const translatable = translatableOf(record);
  return translatable === null || english(record.id, translatable.field, translatable.fr) === 'current';
}

/** The alternates of a page given its path after the language ('' for home): none unless it is a translation. */
export function pageAlternates(path: string, translated: boolean, site: URL): Alternate[] {
  if (!translated) return [];
  const href = (lang: Locale) => new URL(`/${lang}/${path ? `${path}/` : ''}`, site).href;
  return [...locales.map((lang) => ({ hreflang: lang, href: href(lang) })), { hreflang: 'x-default', href: href(sourceLocale) }];
}

/** The root's alternates: each language's home, and the root itself, where the reader chooses. */
export function rootAlternates(site: URL): Alternate[] {
  return [...locales.map((lang) => ({ hreflang: lang, href: new URL(`/${lang}/`, site).href })), { hreflang: 'x-default', href: new URL('/', site).href }];
}

/**
 * The records that have a page of their own at their id, as `src/pages/[lang]/[...path].astro`
 * gives them: every current record, and every former one whose address was not retired (a
 * retired address keeps a tombstone or a redirect instead).
 */
function recordPages(corpus: Corpus): Map<string, CorpusRecord> {
  const current = [...corpus.missions, ...corpus.organs, ...corpus.officials, ...corpus.decrees];
  const retired = new Set(corpus.permalinks.filter((entry) => entry.status !== 'live').map((entry) => entry.id));
  const pages = new Map(current.map((record) => [record.id, record]));
  for (const record of corpus.former) if (!pages.has(record.id) && !retired.has(record.id)) pages.set(record.id, record);
  return pages;
}

/**
 * The sitemap's `filter` and `serialize` (@astrojs/sitemap): each page with the alternates its
 * head has. The identifiers (`/id/…`) are left out: search engines are asked not to index them,
 * and each leads to its record's page. The corpus and the translations are read on the first page.
 */
export function sitemapAlternates(
  site: URL,
  read: () => { corpus: Corpus; english: TranslationFile } = () => ({ corpus: readCorpus(), english: loadTranslations('content/translations', 'en') }),
) {
  let pages: ((path: string) => boolean) | undefined;
  const translated = (path: string) => {
    if (!pages) {
      const { corpus, english } = read();
      const records = recordPages(corpus);
      const status = (id: string, field: string, fr: string) => translate(english, id, field, fr).status;
      pages = (page) => {
        const record = records.get(page);
        return record === undefined || translatesTwin(record, status);
      };
    }
    return pages(path);
  };
  const alternatesAt = (pathname: string): Alternate[] => {
    if (pathname === '/') return rootAlternates(site);
    const [, lang, ...rest] = pathname.split('/');
    if (!(locales as readonly string[]).includes(lang ?? '')) return [];
    const path = rest.join('/').replace(/\/$/, '');
    return pageAlternates(path, translated(path), site);
  };
  return {
    filter: (page: string) => !new URL(page).pathname.startsWith('/id/'),
    serialize: (item: SitemapItem): SitemapItem => {
      const links = alternatesAt(new URL(item.url).pathname).map(({ hreflang, href }) => ({ lang: hreflang, url: href }));
      return links.length > 0 ? { ...item, links } : item;
    },
  };
}
