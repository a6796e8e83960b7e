/**
 * The open data published under /data/. Every JSON file names its JSON Schema (generated from
 * these declarations) in its "$schema" key; the field descriptions are the schemas' own.
 */
import { z } from 'zod';
import {
  CorpusRecord,
  CountryCode,
  CrossLink,
  Decree,
  LanguageTag,
  LineSpan,
  Mission,
  Official,
  Organ,
  RecordKind,
  Sha256,
  Source,
  Theme,
  ThemeAssignment,
  TranslationStatus,
} from '../core/records.ts';

const SchemaUrl = z.url().describe('URL of the JSON Schema this file follows');

/** One French field of a record (or source) and its English translation, if any. */
export const TranslationEntry = z.strictObject({
  record: z.string().describe('Id of the record, or of the source, the field belongs to'),
  field: z.string().describe('The field translated: text, name, post, title or institution'),
  lang: LanguageTag.describe('Language of the translation, BCP 47'),
  fr: z.string().describe('The French text as it is now'),
  fr_sha256: Sha256.describe('SHA-256 of the French text as it is now'),
  text: z.string().nullable().describe('The translation, unofficial; null when missing'),
  translates_sha256: Sha256.nullable().describe('SHA-256 of the French the translation was made from (differs from fr_sha256 when stale); null when missing'),
  status: TranslationStatus,
});
export type TranslationEntry = z.infer<typeof TranslationEntry>;

/** A collection file, /data/<name>.json: its items, in corpus order. */
const collectionFile = <T extends z.ZodType>(item: T, what: string) => z.strictObject({ $schema: SchemaUrl, items: z.array(item).describe(what) });

export const dataCollections = {
  sources: collectionFile(Source, 'Every source text, sorted by id'),
  missions: collectionFile(Mission, 'Every attribution and general provision, source by source, in source order'),
  organs: collectionFile(Organ, 'Every organ of a composition, source by source, in source order'),
  officials: collectionFile(Official, 'Every official named, source by source, in source order'),
  decrees: collectionFile(Decree, 'Every act the texts rest on or cite, source by source, in source order'),
  themes: collectionFile(Theme, 'The themes of the comparison'),
  assignments: collectionFile(ThemeAssignment, 'The themes of every attribution, reviewed or suggested'),
  links: collectionFile(CrossLink, 'Comparable attributions of different countries, each pair once'),
  translations: collectionFile(TranslationEntry, 'Every French field to translate, with its English and status'),
} as const;
export type DataCollection = keyof typeof dataCollections;

export const RecordUrls = z.strictObject({
  id: z.url().describe('The permanent identifier, language-neutral: /id/{record id}/'),
  fr: z.url().describe('The page in French: /fr/{record id}/'),
  en: z.url().describe('The page in English: /en/{record id}/'),
  data: z.url().describe('This file: /data/records/{record id}.json'),
});

/** /data/records/<record id>.json: one record with all that the site says of it. */
export const RecordFile = z.strictObject({
  $schema: SchemaUrl,
  id: z.string().describe('Id of the record'),
  kind: RecordKind,
  collection: z.enum(['missions', 'organs', 'officials', 'decrees']).describe('The collection file that holds the record'),
  record: CorpusRecord.describe('The record, as in its collection file'),
  translations: z.array(TranslationEntry).describe('The English of each French field of the record, with its status'),
  themes: z.array(ThemeAssignment).describe('The themes of an attribution, main first; empty for other records'),
  links: z.array(CrossLink).describe('Comparable attributions of other countries, relation read from "from" to "to"; empty for other records'),
  urls: RecordUrls.describe('The addresses of the record'),
  provenance: z
    .strictObject({
      source: z.string().describe('Id of the source text'),
      title: z.string().describe('Title of the source, as it names itself'),
      file: z.string().describe('Path of the source text relative to the sources folder'),
      sha256: Sha256.describe('SHA-256 of the source text, byte for byte'),
      lines: LineSpan,
      source_url: z.string().nullable().describe('Where the text was published, if known'),
      retrieved: z.string().nullable().describe('When the text was retrieved (YYYY-MM-DD), if known'),
    })
    .describe('Where the record comes from'),
});
export type RecordFile = z.infer<typeof RecordFile>;

/** One row of /data/attributions.csv; empty cells for null. Column order is declaration order. */
export const AttributionRow = z.strictObject({
  id: z.string().describe('Id of the attribution'),
  country: CountryCode,
  source: z.string().describe('Id of the source text'),
  ordinal: z.int().positive().describe('1-based position in its list'),
  label: z.string().nullable().describe('The list marker as written, if any'),
  article: z.string().nullable().describe('The article it sits in, if labelled'),
  text_fr: z.string().describe('The text as written, whitespace-normalised'),
  text_en: z.string().nullable().describe('The unofficial English translation, when current; empty otherwise'),
  translation_status: TranslationStatus,
  themes: z.string().describe('Theme ids, main first, separated by ";"'),
  lines: z.string().describe('First and last source lines, "first-last", 1-based and inclusive'),
  source_file: z.string().describe('Path of the source text relative to the sources folder'),
  source_sha256: Sha256.describe('SHA-256 of the source text'),
  url_id: z.url().describe('The permanent identifier'),
  url_fr: z.url().describe('The page in French'),
  url_en: z.url().describe('The page in English'),
  url_data: z.url().describe('The record as JSON'),
});
export type AttributionRow = z.infer<typeof AttributionRow>;

export const PublishedFile = z.strictObject({
  path: z.string().describe('Path of the file from the site root (/data/…)'),
  media_type: z.enum(['application/json', 'application/schema+json', 'text/csv']).describe('Media type of the file'),
  records: z.int().nonnegative().nullable().describe('Number of records (items, rows) it holds; null for a schema'),
  bytes: z.int().nonnegative().describe('Size in bytes'),
  sha256: Sha256.describe('SHA-256 of the file, byte for byte'),
  schema: z.url().nullable().describe('URL of the JSON Schema the file follows (for a schema, the meta-schema); null for CSV'),
});
export type PublishedFile = z.infer<typeof PublishedFile>;

/** /data/index.json: what is published, with checksums, licence and provenance. */
export const DataIndex = z.strictObject({
  $schema: SchemaUrl,
  title: z.string().describe('What the data is'),
  site: z.url().describe('The site that publishes it'),
  licence: z
    .strictObject({
      sources: z.string().describe('The status of the source texts'),
      editorial: z.string().describe('The status of the translations and editorial data'),
    })
    .describe('Who owns what, in plain words'),
  provenance: z.string().describe('How the records are derived from the source texts'),
  sources: z.array(Source.pick({ id: true, file: true, sha256: true, source_url: true, retrieved: true })).describe('The source texts, with their checksums'),
  files: z.array(PublishedFile).describe('Every other file under /data/, sorted by path'),
});
export type DataIndex = z.infer<typeof DataIndex>;
