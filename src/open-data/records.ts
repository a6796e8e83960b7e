/**
 * The translations as data, and one file per record with all the site says of it: its English
 * and the status of each, its themes and comparable links, its addresses, its provenance.
 */
import { groupByEach } from '../core/group.ts';
import { paths } from '../core/paths.ts';
import { type CollectionName, type Corpus, collections, type TranslationFile } from '../core/records.ts';
import { frenchStrings, sha256 } from '../core/translations.ts';
import type { RecordFile, TranslationEntry } from './published.ts';

/** Every French field of the corpus with its English, in corpus order. */
export function translationEntries(corpus: Corpus, english: TranslationFile): TranslationEntry[] {
  return frenchStrings(corpus).map(({ id, field, fr }) => {
    const entry = english[id]?.[field];
    const status = !entry ? 'missing' : entry.fr_sha256 === sha256(fr) ? 'current' : 'stale';
    return { record: id, field, lang: 'en', fr, fr_sha256: sha256(fr), text: entry?.en ?? null, translates_sha256: entry?.fr_sha256 ?? null, status };
  });
}

/** The absolute addresses of a record. */
export function recordUrls(id: string, site: URL | string): RecordFile['urls'] {
  const url = (path: string) => new URL(path, site).href;
  return { id: url(paths.identifier(id)), fr: url(paths.page('fr', id)), en: url(paths.page('en', id)), data: url(paths.recordData(id)) };
}

/** Every record's file, in corpus order, without its "$schema". */
export function recordFiles(corpus: Corpus, translations: TranslationEntry[], site: URL | string): Array<Omit<RecordFile, '$schema'>> {
  const sources = new Map(corpus.sources.map((source) => [source.id, source]));
  const translationsOf = Map.groupBy(translations, (entry) => entry.record);
  const themesOf = Map.groupBy(
    [...corpus.assignments].sort((a, b) => a.rank - b.rank),
    (assignment) => assignment.attribution,
  );
  const linksOf = groupByEach(corpus.links, (link) => [link.from, link.to]);
  return (Object.keys(collections) as CollectionName[]).flatMap((collection) =>
    corpus[collection].map((record) => {
      const source = sources.get(record.source)!;
      return {
        id: record.id,
        kind: record.kind,
        collection,
        record,
        translations: translationsOf.get(record.id) ?? [],
        themes: themesOf.get(record.id) ?? [],
        links: linksOf.get(record.id) ?? [],
        urls: recordUrls(record.id, site),
        provenance: {
          source: source.id,
          title: source.title,
          file: source.file,
          sha256: source.sha256,
          lines: record.lines,
          source_url: source.source_url,
          retrieved: source.retrieved,
        },
      };
    }),
  );
}
