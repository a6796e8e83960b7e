/**
 * What static hosts read beside the pages: the security policy as HTTP headers (`_headers`,
 * Netlify and Cloudflare Pages), real redirects for moved identifiers and, on Netlify, to the
 * reader's language (`_redirects`), and `robots.txt`. The policy is the one every page also
 * carries in its meta tag.
 */
import { choiceCookie } from '../browser/language-choice.ts';
import { type Locale, locales, sourceLocale } from '../core/locales.ts';
import { paths } from '../core/paths.ts';
import type { Permalink } from '../core/records.ts';

/**
 * Everything comes from the site itself, and no script or style is inline (JSON-LD is data, not
 * script). Search alone needs WebAssembly, and starts a worker from /pagefind/.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** `_headers`: the page policy, plus what only a header can say (no framing), for every path. */
export function headersFile(): string {
  return [
    '/*',
    // frame-ancestors is ignored in a meta tag: only the header can forbid framing.
    `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

/**
 * `_redirects`: each moved identifier, and its page in each language, to where it now leads; then,
 * for Netlify, the root and every identifier to the reader's language (`languageRedirects`).
 * A moved address keeps its page (a meta refresh, for hosts without redirects), which Netlify
 * serves before an unforced rule: each redirect comes forced (`301!`) for Netlify, then plain for
 * Cloudflare Pages, which ignores the forced line and redirects before serving a page.
 */
export function redirectsFile(permalinks: Permalink[]): string {
  const moved = permalinks.filter((entry) => entry.status === 'moved' && entry.to);
  const lines = moved.flatMap((entry) =>
    [[paths.identifier(entry.id), paths.identifier(entry.to!)], ...locales.map((lang) => [paths.page(lang, entry.id), paths.page(lang, entry.to!)])].flatMap(
      ([from, to]) => [`${from} ${to} 301!`, `${from} ${to} 301`],
    ),
  );
  return [
    '# Moved identifiers (content/permalinks.yaml, status moved), as permanent redirects.',
    ...lines,
    "# Netlify: the root and each identifier in the reader's language (the one chosen on the site, the browser's, French).",
    ...languageRedirects(),
    '',
  ].join('\n');
}

/**
 * The root and every identifier to the page in the reader's language, as the identifier page's
 * script chooses: the language chosen on the site (its cookie, by name: src/browser/language-choice.ts),
 * else the browser's first language, else the source language. A 302, since it depends on the
 * reader; forced (`!`) so that it shadows the page at that address, which stays for hosts
 * without these redirects. Cloudflare Pages reads `_redirects` but not these lines: it takes no
 * condition and no `!`, and ignores a line that has one. They come last, since Cloudflare counts
 * every rule after a splat among its 100 dynamic ones.
 */
function languageRedirects(): string[] {
  const rules = (from: string, to: (lang: Locale) => string) => [
    ...locales.map((lang) => `${from} ${to(lang)} 302! Cookie=${choiceCookie(lang)}`),
    ...locales.filter((lang) => lang !== sourceLocale).map((lang) => `${from} ${to(lang)} 302! Language=${lang}`),
    `${from} ${to(sourceLocale)} 302!`,
  ];
  return [...rules('/', paths.home), ...rules('/id/*', (lang) => `/${lang}/:splat`)];
}

/** `robots.txt`: everything may be crawled; the sitemap says what there is. */
export function robotsTxt(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`;
}
