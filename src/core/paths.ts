/** The site's addresses, shared by its pages, its open data and its checks. */
import type { Locale } from './locales.ts';

/** Site paths, language first; the rest is the same in every language. */
export const paths = {
  home: (lang: Locale) => `/${lang}/`,
  about: (lang: Locale) => `/${lang}/about/`,
  country: (lang: Locale, code: string) => `/${lang}/${code.toLowerCase()}/`,
  page: (lang: Locale, id: string) => `/${lang}/${id}/`,
  compare: (lang: Locale) => `/${lang}/compare/`,
  pair: (lang: Locale, a: string, b: string) => `/${lang}/compare/${a.toLowerCase()}-${b.toLowerCase()}/`,
  /** Two countries provision by provision: every link, and what has no counterpart. */
  alignment: (lang: Locale, a: string, b: string) => `/${lang}/compare/${a.toLowerCase()}-${b.toLowerCase()}/alignment/`,
  /** Two countries' structures side by side: leadership, authority, composition, officials, legal basis. */
  structures: (lang: Locale, a: string, b: string) => `/${lang}/compare/${a.toLowerCase()}-${b.toLowerCase()}/structures/`,
  theme: (lang: Locale, id: string) => `/${lang}/themes/${id}/`,
  permalinks: (lang: Locale) => `/${lang}/permalinks/`,
  data: (lang: Locale) => `/${lang}/data/`,
  /** The language-neutral permanent identifier of a record. */
  identifier: (id: string) => `/id/${id}/`,
  /** A record as JSON. */
  recordData: (id: string) => `/data/records/${id}.json`,
  search: (lang: Locale) => `/${lang}/search/`,
};
