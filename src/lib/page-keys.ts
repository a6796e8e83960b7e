/**
 * The cache key of each page Astro's incremental build may copy from the previous build rather
 * than render again (`experimental.incrementalBuild`): a digest of all the data the page shows.
 * Astro adds the page's code, its configuration and the lockfile; the data, read from files, is
 * this key's to cover, whole, or a page would show what the corpus no longer says.
 *
 * What a page shows is its source's (the source, its records current and former, their
 * histories, changes, structure, permalinks and translations) and the corpus-wide lists every
 * page may name (themes, unit types, the glossary). A record's page adds its place in the site's
 * order and, for a provision, its themes, the countries it is compared with, where it has no
 * counterpart, its links and the sources of the provisions they lead to. A comparison of two
 * countries shows their sources, their provisions' themes and missing counterparts, and the
 * links between them. So a new source renders again its own pages, its country's comparisons
 * and the pages whose links or place it changes. The pages that show the whole corpus (home,
 * countries, institutions, themes, feeds, data) have no key: they are rendered every time.
 */
import { createHash } from 'node:crypto';
import { groupByEach } from '../core/group.ts';
import { incremental } from '../core/incremental.ts';
import { readCorpus } from '../core/read-corpus.ts';
import { remembered } from '../core/remembered.ts';
import { siteData } from './site.ts';

export interface PageKeys {
  /** The key of a record's page, current or former. */
  record: (id: string) => string | undefined;
  /** The key of a page that shows one source only: its text, its changes, a record at a date. */
  source: (id: string) => string | undefined;
  /** The key of a page that compares two countries: their sources and the links between them. */
  pair: (a: string, b: string) => string | undefined;
}

/** Without the incremental build, no page has a key: none is computed. */
const none: PageKeys = { record: () => undefined, source: () => undefined, pair: () => undefined };

/** A digest of values, each as JSON: the corpus is parsed and validated into the same key order every time. */
function digest(...values: unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) hash.update(JSON.stringify(value) ?? 'undefined').update('\u0000');
  return hash.digest('base64url');
}

async function load(): Promise<PageKeys> {
  const corpus = readCorpus();
  const data = await siteData();
  const records = [...corpus.missions, ...corpus.organs, ...corpus.officials, ...corpus.decrees, ...corpus.former];
  const sourceOf = new Map<string, string>([
    ...corpus.sources.map((source) => [source.id, source.id] as const),
    ...records.map((record) => [record.id, record.source] as const),
  ]);
  // Everything of a source, by source, but its themes and its provisions' missing counterparts,
  // which the classifier and the editors change when other sources change: each list keeps the corpus's order.
  const slices = new Map(corpus.sources.map((source) => [source.id, [source] as unknown[]]));
  const into = (source: string | undefined, value: unknown) => source !== undefined && slices.get(source)?.push(value);
  for (const record of records) into(record.source, record);
  for (const list of [corpus.histories, corpus.changes, corpus.structures, corpus.permalinks]) for (const item of list) into(item.source, item);
  for (const [id, fields] of Object.entries(data.translations.en ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) into(sourceOf.get(id), { id, fields });
  const ofSource = new Map([...slices].map(([id, slice]) => [id, digest(...slice)]));
  // A provision's themes and missing counterparts, shown on its own page and in its countries' comparisons.
  const comparison = groupByEach([...corpus.assignments, ...corpus.unmatched], (entry) => ['attribution' in entry ? entry.attribution : entry.record]);
  const bySource = Map.groupBy(records, (record) => record.source);
  // A source is in every comparison of its country.
  const comparedIn = remembered((source) => digest((bySource.get(source) ?? []).map((record) => comparison.get(record.id) ?? [])));
  const shared = digest(corpus.themes, corpus.unit_types, data.glossary);
  const linksOf = groupByEach(corpus.links, (link) => [link.from, link.to]);
  // Asked once per page of the source's text, changes and records at each date.
  const source = remembered((id) => digest(shared, ofSource.get(id)));
  const countryOf = new Map(corpus.sources.map((entry) => [entry.id, entry.country]));
  const sourcesOf = Map.groupBy(
    corpus.sources.toSorted((a, b) => (a.id < b.id ? -1 : 1)),
    (entry) => entry.country,
  );
  const linkCountries = (link: (typeof corpus.links)[number]) => [link.from, link.to].map((id) => countryOf.get(sourceOf.get(id)!)!).sort();
  const linksBetween = groupByEach(corpus.links, (link) => [linkCountries(link).join(' ')]);
  // Each comparison has three pages in each language.
  const pair = remembered((countries) => {
    const sources = countries.split(' ').flatMap((country) => sourcesOf.get(country) ?? []);
    return digest(
      shared,
      sources.map((entry) => [ofSource.get(entry.id), comparedIn(entry.id)]),
      linksBetween.get(countries) ?? [],
    );
  });
  return {
    source,
    pair: (a, b) => pair([a, b].sort().join(' ')),
    record: (id) => {
      const links = linksOf.get(id) ?? [];
      // The sources of the provisions it links to: their texts, titles and translations are shown.
      const others = [...new Set(links.map((link) => sourceOf.get(link.from === id ? link.to : link.from)!))].sort();
      const found = data.byId.get(id);
      // A provision's comparison names every other country, with a counterpart or without.
      const countries = found?.record.kind === 'attribution' || found?.record.kind === 'general' ? data.countries : [];
      return digest(
        source(sourceOf.get(id)!),
        found?.position ?? null,
        countries,
        comparison.get(id) ?? [],
        links,
        others.map((other) => ofSource.get(other)),
      );
    },
  };
}

let cached: Promise<PageKeys> | undefined;

/** The pages' keys, computed on first use when the build is incremental (src/core/incremental.ts). */
export function pageKeys(): Promise<PageKeys> {
  cached ??= incremental ? load() : Promise.resolve(none);
  return cached;
}
