/** The site's languages, declared once: French is the language of the sources, English ours. */
export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';
/** The language the sources are written in; every other locale is a translation. */
export const sourceLocale: Locale = 'fr';

/** The other language of a two-language site. */
export function otherLocale(lang: Locale): Locale {
  return lang === 'fr' ? 'en' : 'fr';
}

/** Static paths of a page that exists once per language. */
export function localePaths() {
  return locales.map((lang) => ({ params: { lang } }));
}
