/**
 * Every file published under /data/, computed once per build from corpus.json and the English
 * translations. Same inputs, same bytes: keys sorted, no date, files listed by path.
 */
import { createHash } from 'node:crypto';
import { cpSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { processWide } from '../core/process-wide.ts';
import { readCapture, readCorpus } from '../core/read-corpus.ts';
import { paths } from '../core/paths.ts';
import type { Corpus, TranslationFile } from '../core/records.ts';
import { stableJson, stableJsonPieces } from '../core/stable-json.ts';
import { asBytes, type Piece, treeWriter } from '../core/write-tree.ts';
import { loadTranslations } from '../core/translations.ts';
import { alignmentCsv, alignmentFile, alignmentPath, alignmentRows, alignPair, countryPairs } from './alignments.ts';
import { attributionRows, attributionsCsv } from './attributions-csv.ts';
import { collectionPath, jsonSchema, metaSchema, type SchemaName, schemaNames, schemaPath, shapes } from './json-schemas.ts';
import { type DataCollection, dataCollections, type PublishedFile } from './published.ts';
import { licence } from './licence.ts';
import { changesFiles, recordFiles, translationEntries } from './records.ts';

/** A file under /data/: what the index says of it, and its content (a source text's bytes as received). */
export interface DataFile extends PublishedFile {
  /**
   * The content in pieces, made again each time it is asked for, never kept: the files of a
   * large corpus would hold a gigabyte of memory for the whole build, and the largest is too
   * long for one string. The same inputs give the same bytes.
   */
  pieces: () => Iterable<Piece>;
}

/** A file's content in one piece. */
export const bytesOf = (file: DataFile): Buffer => Buffer.concat([...file.pieces()].map(asBytes));

/** The size and SHA-256 of content given in pieces, each encoded once. */
function measure(pieces: Iterable<Piece>): { bytes: number; sha256: string } {
  const hash = createHash('sha256');
  let bytes = 0;
  for (const piece of pieces) {
    const encoded = asBytes(piece);
    hash.update(encoded);
    bytes += encoded.length;
  }
  return { bytes, sha256: hash.digest('hex') };
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
 * capture as received, by its `file` (by default from the generated sources/). With a `folder`,
 * each file is also written there (at its path less the leading slash) as it is made.
 */
export function dataFiles(
  corpus: Corpus,
  english: TranslationFile,
  site: URL | string,
  capture: (file: string) => Uint8Array<ArrayBuffer> = (file) => readCapture(file),
  folder?: string,
): Map<string, DataFile> {
  const url = (path: string) => new URL(path, site).href;
  const translations = translationEntries(corpus, english);
  const files: DataFile[] = [];
  const tree = folder === undefined ? null : treeWriter(folder);
  // Each file is made once here, for its size and its checksum (and written, with a folder), and
  // again each time its pieces are asked for, then without its check (`listing` false): the
  // same bytes, or the build stops.
  const add = (
    path: string,
    make: (listing: boolean) => Iterable<Piece>,
    media_type: DataFile['media_type'],
    records: number | null,
    schema: string | null,
  ) => {
    const { bytes, sha256 } = measure(tree ? tree.writing(path, make(true)) : make(true));
    // The pieces as they are written, and the build stops after the last if they were not those listed.
    function* pieces() {
      const hash = createHash('sha256');
      for (const piece of make(false)) {
        hash.update(piece);
        yield piece;
      }
      if (hash.digest('hex') !== sha256) throw new Error(`${path}: made again, its bytes differ from those the index lists`);
    }
    files.push({ path, pieces, media_type, records, bytes, sha256, schema });
  };
  // Each JSON file is checked against its own shape, so a build never publishes a file its schema
  // rejects. A record's file, or a source's changes, is small: one string, made faster than pieces.
  const json = (path: string, name: SchemaName, value: object, records: number) => {
    const schema = url(schemaPath(name));
    const file = { $schema: schema, ...value };
    const text = name === 'record' || name === 'changes' ? (checked: object) => [stableJson(checked)] : stableJsonPieces;
    add(path, (listing) => text(listing ? shapes[name].parse(file) : file), 'application/json', records, schema);
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
  add(csvPath, () => [attributionsCsv(rows)], 'text/csv', rows.length, null);
  for (const pair of countryPairs(corpus)) {
    const aligned = alignPair(corpus, pair);
    const file = alignmentFile(aligned, site);
    json(alignmentPath(pair, 'json'), 'alignment', file, file.links.length + file.unmatched.length);
    const alignment = alignmentRows(aligned);
    add(alignmentPath(pair, 'csv'), () => [alignmentCsv(alignment)], 'text/csv', alignment.length, null);
  }
  for (const name of schemaNames) add(schemaPath(name), () => [stableJson(jsonSchema(name, site))], 'application/schema+json', null, metaSchema);
  // Each capture byte for byte, so that its SHA-256 is the one every record of it cites; the current one also at the source's own address.
  for (const source of corpus.sources) {
    for (const entry of source.captures) {
      const bytes = () => [capture(entry.file)];
      add(paths.sourceText(source.id, entry.number), bytes, 'text/plain; charset=utf-8', entry.line_count, null);
      if (entry.number === source.capture) add(paths.sourceText(source.id), bytes, 'text/plain; charset=utf-8', entry.line_count, null);
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  const listed = files.map(({ pieces: _, ...listing }) => listing);
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

const built = processWide('open-data', () => ({
  /** Where a build writes the files as it lists them; none in development. */
  staging: null as string | null,
  lists: new Map<string, { corpus: Corpus; files: Map<string, DataFile> }>(),
}));

/** Where a build writes a site's files as it lists them. */
const stagedFor = (site: URL | string) => join(built.staging!, new URL(site).href.replace(/\W+/g, '-'));

/**
 * This build's files under /data/, computed on first use, once in the process: the data page
 * lists them, and the build publishes them when its pages are done (`writeOpenData`).
 */
export function openData(site: URL | string): Map<string, DataFile> {
  // By address, not by spelling: `Astro.site` ends with a slash where `import.meta.env.SITE` does not.
  const key = new URL(site).href;
  const corpus = readCorpus();
  let entry = built.lists.get(key);
  if (entry?.corpus !== corpus) {
    const folder = built.staging === null ? undefined : stagedFor(key);
    if (folder) rmSync(folder, { recursive: true, force: true });
    entry = { corpus, files: dataFiles(corpus, loadTranslations('content/translations', 'en'), site, readCapture, folder) };
    built.lists.set(key, entry);
  }
  return entry.files;
}

/**
 * Sets where a build writes its files under /data/ as it lists them: each file is then made
 * once, not again when the site is given it.
 */
export function stageOpenData(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  built.staging = folder;
  built.lists.clear();
}

/**
 * Publishes every file under /data/ in a built site: moves there the files the build wrote as
 * it listed them (`stageOpenData` at its start). As files, not as pages: thousands of files
 * that need none of what a page is rendered through.
 */
export function writeOpenData(dist: string, site: URL | string): void {
  if (built.staging === null) throw new Error('open data: writeOpenData needs stageOpenData at the start of the build');
  // Made now if no page listed them.
  openData(site);
  const staged = stagedFor(site);
  const target = join(dist, 'data');
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(join(staged, 'data'), target);
  } catch (error) {
    // Another file system: copied instead.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(join(staged, 'data'), target, { recursive: true });
  }
  rmSync(staged, { recursive: true, force: true });
  built.lists.clear();
}
