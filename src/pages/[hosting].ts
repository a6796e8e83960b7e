/** The files static hosts read beside the pages: `_headers`, `_redirects`, `robots.txt` (src/lib/hosting.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile, redirectsFile, robotsTxt } from '../lib/hosting.ts';
import { siteData } from '../lib/site.ts';

export const getStaticPaths = (() => ['_headers', '_redirects', 'robots.txt'].map((hosting) => ({ params: { hosting } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const body =
    params.hosting === '_headers' ? headersFile() : params.hosting === '_redirects' ? redirectsFile((await siteData()).permalinks) : robotsTxt(site!);
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
