/**
 * The site's public address, from the environment: every citation, identifier, canonical,
 * sitemap entry and `$schema` names it. Unset, it is the local preview's, which no published
 * page may carry: a build for publication refuses it (scripts/publication.ts).
 */
export const localSite = 'http://127.0.0.1:4321';

/** Without a trailing slash, so that `${siteUrl}/fr/…` is an address. */
export const siteUrl = (process.env.SITE_URL ?? localSite).replace(/\/+$/, '');

/** Host names reserved for examples, tests and the local machine (RFC 2606, RFC 6761). */
const reserved = /(^|\.)(example|test|invalid|localhost)$|(^|\.)example\.(com|net|org)$|^127\.|^\[::1\]$|^0\.0\.0\.0$/;

/** Why an address cannot be the published site's, or null when it can. */
export function publicationProblem(address: string | undefined): string | null {
  if (!address) return 'SITE_URL is not set: a build for publication needs the address the site will be served at';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `SITE_URL \`${address}\` is not an absolute address`;
  }
  if (url.protocol !== 'https:') return `SITE_URL \`${address}\` is not https: a published site is served over HTTPS`;
  if (reserved.test(url.hostname)) return `SITE_URL \`${address}\` names a host reserved for examples, tests or the local machine, where no link would lead`;
  if (url.pathname !== '/' || url.search || url.hash)
    return `SITE_URL \`${address}\` has a path, query or fragment: give the site's root, such as https://sg.example.gov.xx/`;
  return null;
}
