/** The Atom feeds of the changes, in each language: of every source, /{lang}/changes.xml, and of each, /{lang}/{source id}/changes.xml. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Locale, locales } from '../../../core/locales.ts';
import { changesFeed } from '../../../lib/feeds.ts';
import { siteData } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const data = await siteData();
  const sources = [undefined, ...data.institutions.map((institution) => institution.source.id)];
  return locales.flatMap((lang) => sources.map((source) => ({ params: { lang, source } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await changesFeed(params.lang as Locale, site!, params.source), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
