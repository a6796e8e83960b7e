/**
 * Every file published under /data/, computed once per build from corpus.json and the English
 * translations. Same inputs, same bytes: keys sorted, no date, files listed by path.
 */

import { processWide } from '../core/process-wide.ts';
import { readCapture, readCorpus } from '../core/read-corpus.ts';
import { paths } from '../core/paths.ts';
import type { Corpus, TranslationFile } from '../core/records.ts';
import { stableJson } from '../core/stable-json.ts';
import { writeTree } from '../core/write-tree.ts';
import { loadTranslations, sha256 } from '../core/translations.ts';
import { alignmentCsv, alignmentFile, alignmentPath, alignmentRows, alignPair, countryPairs } from './alignments.ts';
import { attributionRows, attributionsCsv } from './attributions-csv.ts';
import { collectionPath, jsonSchema, metaSchema, type SchemaName, schemaNames, schemaPath, shapes } from './json-schemas.ts';
import { type DataCollection, dataCollections, type PublishedFile } from './published.ts';
import { licence } from './licence.ts';
import { changesFiles, recordFiles, translationEntries } from './records.ts';

/** A file under /data/: what the index says of it, and its bytes (a source text's as received). */
export interface DataFile extends PublishedFile {
  /**
   * Made again each time it is asked for, never kept: the files of a large corpus would hold a
   * gigabyte of memory for the whole build. The same inputs give the same bytes.
   */
  body: () => Uint8Array<ArrayBuffer>;
}

export const indexPath = '/data/index.json';
export const csvPath = '/data/attributions.csv';

const notes = {
  title: 'What the law says a ministry’s Secrétariat général must do: records of the source texts, their English translations and their comparison',
  licence,
  provenance:
    'Each source text is kept byte for byte with its SHA-256 (under sources). A parser derives the records from it, normalising whitespace only; every record names its source file, the SHA-256 of the source and its first and last lines (1-based, inclusive). Themes and links marked reviewed are editors’ decisions; those marked suggested are proposed by a classifier until an editor confirms them. Each translation keeps the SHA-256 of the French it translates, hence its status.',
};

/**
 * Every file under /data/ by path, the index last. `capture` gives the bytes of a source's
 * capture as received, by its `file` (by default from the generated sources/).
 */
export function dataFiles(
  corpus: Corpus,
  english: TranslationFile,
  site: URL | string,
  capture: (file: string) => Uint8Array<ArrayBuffer> = (file) => readCapture(file),
): Map<string, DataFile> {
  const url = (path: string) => new URL(path, site).href;
  const translations = translationEntries(corpus, english);
  const files: DataFile[] = [];
  // Each file is made once here, for its size and its checksum, and again when it is written,
  // then without its check (`listing` false): the same bytes, or the build stops.
  const add = (
    path: string,
    make: (listing: boolean) => string | Uint8Array<ArrayBuffer>,
    media_type: DataFile['media_type'],
    records: number | null,
    schema: string | null,
  ) => {
    const encode = (listing: boolean) => {
      const content = make(listing);
      return typeof content === 'string' ? Buffer.from(content) : content;
    };
    const bytes = encode(true);
    const digest = sha256(bytes);
    const body = () => {
      const again = encode(false);
      if (sha256(again) !== digest) throw new Error(`${path}: made again, its bytes differ from those the index lists`);
      return again;
    };
    files.push({ path, body, media_type, records, bytes: bytes.length, sha256: digest, schema });
  };
  // Each JSON file is checked against its own shape, so a build never publishes a file its schema rejects.
  const json = (path: string, name: SchemaName, value: object, records: number) => {
    const schema = url(schemaPath(name));
    const file = { $schema: schema, ...value };
    add(path, (listing) => stableJson(listing ? shapes[name].parse(file) : file), 'application/json', records, schema);
  };
  const items: Record<DataCollection, unknown[]> = { ...corpus, translations };
  for (const name of Object.keys(dataCollections) as DataCollection[]) json(collectionPath(name), name, { items: items[name] }, items[name].length);
  for (const file of recordFiles(corpus, translations, site)) json(paths.recordData(file.id), 'record', file, 1);
  for (const file of changesFiles(corpus, site))
    json(
      paths.changesData(file.source),
      'changes',
      file,
      file.changes.reduce((sum, pair) => sum + pair.changes.length, 0),
    );
  const rows = attributionRows(corpus, translations, site);
  add(csvPath, () => attributionsCsv(rows), 'text/csv', rows.length, null);
  for (const pair of countryPairs(corpus)) {
    const aligned = alignPair(corpus, pair);
    const file = alignmentFile(aligned, site);
    json(alignmentPath(pair, 'json'), 'alignment', file, file.links.length + file.unmatched.length);
    const alignment = alignmentRows(aligned);
    add(alignmentPath(pair, 'csv'), () => alignmentCsv(alignment), 'text/csv', alignment.length, null);
  }
  for (const name of schemaNames) add(schemaPath(name), () => stableJson(jsonSchema(name, site)), 'application/schema+json', null, metaSchema);
  // Each capture byte for byte, so that its SHA-256 is the one every record of it cites; the current one also at the source's own address.
  for (const source of corpus.sources) {
    for (const entry of source.captures) {
      const bytes = () => capture(entry.file);
      add(paths.sourceText(source.id, entry.number), bytes, 'text/plain; charset=utf-8', entry.line_count, null);
      if (entry.number === source.capture) add(paths.sourceText(source.id), bytes, 'text/plain; charset=utf-8', entry.line_count, null);
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  const listed = files.map(({ body: _, ...listing }) => listing);
  const sources = corpus.sources.map((source) => ({
    id: source.id,
    file: source.file,
    sha256: source.sha256,
    source_url: source.source_url,
    retrieved: source.retrieved,
  }));
  json(indexPath, 'index', { ...notes, site: url('/'), sources, files: listed }, listed.length);
  return new Map(files.map((file) => [file.path, file]));
}

const built = processWide('open-data', () => new Map<string, { corpus: Corpus; files: Map<string, DataFile> }>());

/**
 * This build's files under /data/, computed on first use, once in the process: the data page
 * lists them, and the build writes them when its pages are done (`writeOpenData`).
 */
export function openData(site: URL | string): Map<string, DataFile> {
  // By address, not by spelling: `Astro.site` ends with a slash where `import.meta.env.SITE` does not.
  const key = new URL(site).href;
  const corpus = readCorpus();
  let entry = built.get(key);
  if (entry?.corpus !== corpus) {
    entry = { corpus, files: dataFiles(corpus, loadTranslations('content/translations', 'en'), site) };
    built.set(key, entry);
  }
  return entry.files;
}

/**
 * Writes every file under /data/ into a built site, each made as it is written. Directly, not
 * as pages: thousands of files that need none of what a page is rendered through.
 */
export function writeOpenData(dist: string, site: URL | string): void {
  writeTree(
    dist,
    Iterator.from(openData(site).values()).map((file) => [file.path, file.body()] as const),
  );
}
