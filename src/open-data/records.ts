/**
 * The translations as data, and one file per record with all the site says of it: its English
 * (and that of the sentence introducing its list) and the status of each, its themes and
 * comparable links, its addresses, its provenance.
 */
import { groupByEach } from '../core/group.ts';
import { paths } from '../core/paths.ts';
import { type CollectionName, type Corpus, type CorpusRecord, collectionOf, collections, type TranslationFile } from '../core/records.ts';
import { frenchStrings, leadInsOf, sha256, translationStatus } from '../core/translations.ts';
import type { ChangesFile, RecordFile, TranslationEntry } from './published.ts';

/** Every French field of the corpus with its English, in corpus order. */
export function translationEntries(corpus: Corpus, english: TranslationFile): TranslationEntry[] {
  return frenchStrings(corpus).map(({ id, field, fr }) => {
    const entry = english[id]?.[field];
    const frSha256 = sha256(fr);
    const status = translationStatus(entry, frSha256);
    return { record: id, field, lang: 'en', fr, fr_sha256: frSha256, text: entry?.en ?? null, translates_sha256: entry?.fr_sha256 ?? null, status };
  });
}

/** The absolute addresses of a record. */
export function recordUrls(id: string, site: URL | string): RecordFile['urls'] {
  const url = (path: string) => new URL(path, site).href;
  return { id: url(paths.identifier(id)), fr: url(paths.page('fr', id)), en: url(paths.page('en', id)), data: url(paths.recordData(id)) };
}

/** Each attribution's theme assignments, main first. */
export const assignmentsByAttribution = (corpus: Pick<Corpus, 'assignments'>) =>
  Map.groupBy(
    corpus.assignments.toSorted((a, b) => a.rank - b.rank),
    (assignment) => assignment.attribution,
  );

/** The captures of a source as the versions name them. */
export const captureRefs = (source: Corpus['sources'][number]) =>
  source.captures.map(({ number, file, sha256, title, source_url, retrieved }) => ({ number, file, sha256, title, source_url, retrieved }));

/**
 * Every record's file, current records in corpus order then former ones, without its "$schema".
 * A former record is described as last seen: its provenance is the capture that last had it.
 */
export function recordFiles(corpus: Corpus, translations: TranslationEntry[], site: URL | string): Array<Omit<RecordFile, '$schema'>> {
  const sources = new Map(corpus.sources.map((source) => [source.id, source]));
  const histories = new Map(corpus.histories.map((history) => [history.id, history]));
  const translationsOf = Map.groupBy(translations, (entry) => entry.record);
  // A lead-in's entry is keyed under its source; each record of its list carries it too.
  const entries = new Map(translations.map((entry) => [`${entry.record} ${entry.field}`, entry]));
  const leadInEntryOf = new Map(
    leadInsOf([...corpus.missions, ...corpus.organs]).flatMap((leadIn) =>
      leadIn.records.map((id) => [id, entries.get(`${leadIn.source} ${leadIn.field}`)!] as const),
    ),
  );
  const themesOf = assignmentsByAttribution(corpus);
  const linksOf = groupByEach(corpus.links, (link) => [link.from, link.to]);
  const current = (Object.keys(collections) as CollectionName[]).flatMap((collection) => corpus[collection] as CorpusRecord[]);
  return [...current, ...corpus.former].map((record) => {
    const source = sources.get(record.source)!;
    const history = histories.get(record.id)!;
    const captured = source.captures.find((capture) => capture.number === history.last_seen)!;
    return {
      id: record.id,
      kind: record.kind,
      collection: collectionOf[record.kind],
      record,
      translations: [...(translationsOf.get(record.id) ?? []), ...(leadInEntryOf.has(record.id) ? [leadInEntryOf.get(record.id)!] : [])],
      themes: themesOf.get(record.id) ?? [],
      links: linksOf.get(record.id) ?? [],
      urls: recordUrls(record.id, site),
      provenance: {
        source: source.id,
        title: captured.title,
        file: captured.file,
        sha256: captured.sha256,
        lines: record.lines,
        source_url: captured.source_url,
        retrieved: captured.retrieved,
      },
      history: {
        status: history.last_seen === source.capture ? 'current' : 'former',
        first_seen: history.first_seen,
        last_seen: history.last_seen,
        current_capture: source.capture,
        captures: captureRefs(source),
        versions: history.versions,
        changes: new URL(paths.changesData(source.id), site).href,
      },
    };
  });
}

/** Every source's changes file, without its "$schema": its captures and its changes, oldest first. */
export function changesFiles(corpus: Corpus, site: URL | string): Array<Omit<ChangesFile, '$schema'>> {
  const url = (path: string) => new URL(path, site).href;
  const changes = Map.groupBy(corpus.changes, (entry) => entry.source);
  return corpus.sources.map((source) => ({
    source: source.id,
    current_capture: source.capture,
    captures: captureRefs(source),
    changes: (changes.get(source.id) ?? []).toSorted((a, b) => a.to - b.to),
    urls: {
      fr: url(paths.changes('fr', source.id)),
      en: url(paths.changes('en', source.id)),
      feed_fr: url(paths.feed('fr', source.id)),
      feed_en: url(paths.feed('en', source.id)),
    },
  }));
}
