/**
 * The language a reader chose on the site (the header's switcher, the root's choice), kept in
 * this browser: in localStorage for the identifier page's script (/id/{id}/), and in a cookie
 * for the host's redirects (`_redirects`, src/lib/hosting.ts). Netlify's `Cookie=` condition
 * tests whether a cookie of that name is set, never its value, so each language has a cookie of
 * its own name and choosing one clears the others.
 */
import { type Locale, locales } from '../core/locales.ts';

const storageKey = 'sg:language';
/** A year: the choice outlasts the visit. */
const maxAge = 365 * 24 * 60 * 60;

/** The name of the cookie that says a reader chose a language. */
export const choiceCookie = (lang: Locale) => `sg-language-${lang}`;

/** Keeps the reader's choice of a language, in localStorage and as its cookie. */
export function rememberLanguage(lang: Locale): void {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Storage refused (a private mode, a policy): the cookie still carries the choice.
  }
  for (const locale of locales) {
    const chosen = locale === lang;
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is too recent for every browser the site serves; name and value are fixed words, nothing to escape
    document.cookie = `${choiceCookie(locale)}=${chosen ? '1' : ''}; Path=/; SameSite=Lax; Max-Age=${chosen ? maxAge : 0}`;
  }
}

/** The language the reader last chose on the site, if this browser kept it. */
export function rememberedLanguage(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
