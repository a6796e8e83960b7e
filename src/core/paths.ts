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
  /** Every theme, with its definition and what each country has under it. */
  themes: (lang: Locale) => `/${lang}/themes/`,
  permalinks: (lang: Locale) => `/${lang}/permalinks/`,
  data: (lang: Locale) => `/${lang}/data/`,
  /** The language-neutral permanent identifier of a record. */
  identifier: (id: string) => `/id/${id}/`,
  /** A record as JSON. */
  recordData: (id: string) => `/data/records/${id}.json`,
  search: (lang: Locale) => `/${lang}/search/`,
  /** A record as it stood on a date: the latest capture of its source on or before it. */
  pointInTime: (lang: Locale, id: string, date: string) => `/${lang}/${id}/@${date}/`,
  /**
   * A source's text, line by line: the current capture, or capture n, in pages of
   * SOURCE_PAGE_LINES lines (page 1 has no segment of its own), so that an anchor never moves.
   */
  source: (lang: Locale, sourceId: string, capture?: number, page = 1) =>
    `/${lang}/${sourceId}/source/${capture === undefined ? '' : `${capture}/`}${page > 1 ? `${page}/` : ''}`,
  /** A line of capture n of a source, on its page. */
  sourceLine: (lang: Locale, sourceId: string, capture: number, line: number) =>
    `${paths.source(lang, sourceId, capture, Math.ceil(line / SOURCE_PAGE_LINES))}#L${line}`,
  /** A source's text as it stood on a date. */
  sourceAt: (lang: Locale, sourceId: string, date: string) => `/${lang}/${sourceId}/source/@${date}/`,
  /** What changed in a source from each capture to the next. */
  changes: (lang: Locale, sourceId: string) => `/${lang}/${sourceId}/changes/`,
  /** The Atom feed of changes: of every source, or of one. */
  feed: (lang: Locale, sourceId?: string) => `/${lang}/${sourceId ? `${sourceId}/` : ''}changes.xml`,
  /** A source's text as published, byte for byte: the current capture, or capture n. */
  sourceText: (sourceId: string, capture?: number) => `/data/sources/${sourceId}${capture === undefined ? '' : `@${capture}`}.txt`,
  /** A source's changes as JSON. */
  changesData: (sourceId: string) => `/data/changes/${sourceId}.json`,
};

/** Lines per page of a source's text: a long text is split so that each page stays light. */
export const SOURCE_PAGE_LINES = 500;
