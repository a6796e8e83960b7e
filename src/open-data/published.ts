/**
 * The open data published under /data/. Every JSON file names its JSON Schema (generated from
 * these declarations) in its "$schema" key; the field descriptions are the schemas' own.
 */
import { z } from 'zod';
import {
  Bilingual,
  Capture,
  CorpusRecord,
  CountryCode,
  CrossLink,
  Decree,
  LanguageTag,
  LineSpan,
  Relation,
  Mission,
  Official,
  Organ,
  RecordKind,
  RecordVersion,
  Sha256,
  Source,
  SourceChanges,
  Status,
  Theme,
  ThemeAssignment,
  TranslationStatus,
} from '../core/records.ts';

const SchemaUrl = z.url().describe('URL of the JSON Schema this file follows');

/** One French field of a record (or source) and its English translation, if any. */
export const TranslationEntry = z.strictObject({
  record: z.string().describe('Id of the record, or of the source, the field belongs to'),
  field: z
    .string()
    .describe(
      'The field translated: text, name, post, title or institution; for the sentence introducing a list, keyed under its source, lead_in/<role>/<n>: the source’s n-th list of attributions or composition',
    ),
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

// Versions: a record's text in each capture of its source, and a source's changes from each capture to the next.

/** A capture of a source, as the versions name it. */
export const CaptureRef = Capture.pick({ number: true, file: true, sha256: true, title: true, source_url: true, retrieved: true });

/** What a record file says of the record's versions. */
export const RecordHistory = z.strictObject({
  status: z.enum(['current', 'former']).describe('current: the current text of its source has the record; former: only an earlier capture has it'),
  first_seen: z.int().positive().describe('The first capture that has the record'),
  last_seen: z.int().positive().describe('The last capture that has the record'),
  current_capture: z.int().positive().describe('The number of the source’s current capture'),
  captures: z.array(CaptureRef).describe('Every capture of the source, oldest first; a dated one can be named in a point-in-time address'),
  versions: z.array(RecordVersion).describe('The record’s text in each capture that has it, oldest first'),
  changes: z.url().describe('The changes of its source, as JSON'),
});

/** /data/changes/<source id>.json: what changed in a source from each capture to the next. */
export const ChangesFile = z.strictObject({
  $schema: SchemaUrl,
  source: z.string().describe('Id of the source'),
  current_capture: z.int().positive().describe('The number of the source’s current capture'),
  captures: z.array(CaptureRef).describe('Every capture of the source, oldest first'),
  changes: z.array(SourceChanges).describe('One set per pair of consecutive captures, oldest first; empty for a source captured once'),
  urls: z
    .strictObject({
      fr: z.url().describe('The changes page in French'),
      en: z.url().describe('The changes page in English'),
      feed_fr: z.url().describe('The Atom feed of the changes, in French'),
      feed_en: z.url().describe('The Atom feed of the changes, in English'),
    })
    .describe('Where the changes are shown'),
});
export type ChangesFile = z.infer<typeof ChangesFile>;

/** /data/records/<record id>.json: one record with all that the site says of it. */
export const RecordFile = z.strictObject({
  $schema: SchemaUrl,
  id: z.string().describe('Id of the record'),
  kind: RecordKind,
  collection: z.enum(['missions', 'organs', 'officials', 'decrees']).describe('The collection file that holds the record'),
  record: CorpusRecord.describe('The record, as in its collection file; a former record as last seen'),
  translations: z
    .array(TranslationEntry)
    .describe('The English of each French field of the record, then of the sentence introducing its list (keyed under its source), with its status'),
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
    .describe('Where the record comes from: for a former record, the capture that last had it'),
  history: RecordHistory.describe('The record’s text in each capture of its source'),
});
export type RecordFile = z.infer<typeof RecordFile>;

/**
 * One row of /data/attributions.csv; empty cells for null. Column order is declaration order.
 * The file starts with a UTF-8 byte-order mark, so that a spreadsheet reads it as UTF-8. The
 * list marker of the source ("-", "•", "1.") has no column: a dash or a bullet says nothing, and
 * a number or a letter says what the ordinal says.
 */
export const AttributionRow = z
  .strictObject({
    id: z.string().describe('Id of the attribution'),
    country: CountryCode,
    source: z.string().describe('Id of the source text'),
    ordinal: z.int().positive().describe('1-based position in its list; the list marker as written ("-", "•", "1.") has no column, as it adds nothing to it'),
    article: z.string().nullable().describe('The article it sits in, if labelled'),
    text_fr: z.string().describe('The text as written, whitespace-normalised'),
    text_en: z.string().nullable().describe('The unofficial English translation, when current; empty otherwise'),
    translation_status: TranslationStatus,
    themes: z.string().describe('Theme ids, main first, separated by ";"'),
    themes_fr: z.string().describe('The names of the same themes in French, in the same order, separated by ";"'),
    themes_en: z.string().describe('The names of the same themes in English, in the same order, separated by ";"'),
    comparable: z.string().describe('Ids of the comparable provisions of other countries (the links it is either end of), sorted, separated by ";"'),
    line_first: z.int().positive().describe('First source line, 1-based'),
    line_last: z.int().positive().describe('Last source line, 1-based and inclusive'),
    source_file: z.string().describe('Path of the source text relative to the sources folder'),
    source_sha256: Sha256.describe('SHA-256 of the source text'),
    url_id: z.url().describe('The permanent identifier'),
    url_fr: z.url().describe('The page in French'),
    url_en: z.url().describe('The page in English'),
    url_data: z.url().describe('The record as JSON'),
  })
  .describe(
    'One row of /data/attributions.csv, a file that starts with a UTF-8 byte-order mark; no column for the list marker, which adds nothing to the ordinal',
  );
export type AttributionRow = z.infer<typeof AttributionRow>;

export const PublishedFile = z.strictObject({
  path: z.string().describe('Path of the file from the site root (/data/…)'),
  media_type: z.enum(['application/json', 'application/schema+json', 'text/csv', 'text/plain; charset=utf-8']).describe('Media type of the file'),
  records: z.int().nonnegative().nullable().describe('Number of records (items, rows) it holds; for a source text, its lines; null for a schema'),
  bytes: z.int().nonnegative().describe('Size in bytes'),
  sha256: Sha256.describe('SHA-256 of the file, byte for byte'),
  schema: z.url().nullable().describe('URL of the JSON Schema the file follows (for a schema, the meta-schema); null for CSV and source texts'),
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

/** A provision in an alignment: what it is, where it stands in its text, its words and address. */
const AlignedProvision = z.strictObject({
  id: z.string().describe('Id of the attribution or general provision'),
  country: CountryCode,
  kind: z.enum(['attribution', 'general']).describe('An attribution, or a general provision'),
  ordinal: z.int().positive().describe('Its number among the attributions, or among the general provisions, of its text'),
  text: z.string().describe('The text as written, whitespace-normalised'),
  url: z.url().describe('Its page in French'),
});

/** /data/alignments/<a>-<b>.json: every provision of two countries, linked or said to have no counterpart. */
export const Alignment = z.strictObject({
  $schema: SchemaUrl,
  countries: z.tuple([CountryCode, CountryCode]).describe('The two countries, in the order of the file name'),
  links: z
    .array(
      z.strictObject({
        from: AlignedProvision.describe('The provision of the first country'),
        to: AlignedProvision.describe('The provision of the second country'),
        relation: Relation.describe('How the first provision compares with the second'),
        theme: z.string().describe('Id of the theme the comparison rests on'),
        rationale: Bilingual.describe('What is common and what differs'),
        status: Status,
        score: z.number().nullable().describe('Similarity of the two texts for a suggestion; null when reviewed'),
        shared: z
          .strictObject({
            from: z.array(z.string()).describe('The words of the first text that the second shares'),
            to: z.array(z.string()).describe('The words of the second text that the first shares'),
          })
          .describe('The wording the two texts share, word by word (the same French stem)'),
      }),
    )
    .describe('One row per link, in the order of the first country’s provisions, then the second’s'),
  unmatched: z
    .array(
      z.strictObject({
        provision: AlignedProvision,
        reason: Bilingual.describe('Why it has no counterpart in the other country'),
      }),
    )
    .describe('The provisions an editor found without counterpart in the other country, first country first'),
  unaligned: z.array(AlignedProvision).describe('The provisions neither linked to the other country by an editor nor said to have no counterpart there'),
  coverage: z
    .array(
      z.strictObject({
        country: CountryCode,
        provisions: z.int().nonnegative().describe('Its attributions and general provisions'),
        linked: z.int().nonnegative().describe('Those with at least one reviewed counterpart in the other country'),
        unmatched: z.int().nonnegative().describe('Those an editor found without counterpart there'),
        unaligned: z.int().nonnegative().describe('Those not yet reviewed against the other country'),
      }),
    )
    .describe('For each country, how far its provisions are aligned with the other’s'),
});
export type Alignment = z.infer<typeof Alignment>;

/** One row of /data/alignments/<a>-<b>.csv: a link, or a provision without counterpart; empty cells for null. */
export const AlignmentRow = z.strictObject({
  row: z.enum(['link', 'no-counterpart']).describe('A link between two provisions, or a provision without counterpart'),
  a_id: z.string().nullable().describe('Id of the first country’s provision'),
  a_kind: z.string().nullable().describe('attribution or general'),
  a_ordinal: z.int().positive().nullable().describe('Its number in its text'),
  a_text: z.string().nullable().describe('Its text, as written'),
  relation: Relation.nullable().describe('How the first provision compares with the second, for a link'),
  theme: z.string().nullable().describe('The theme the link rests on'),
  b_id: z.string().nullable().describe('Id of the second country’s provision'),
  b_kind: z.string().nullable().describe('attribution or general'),
  b_ordinal: z.int().positive().nullable().describe('Its number in its text'),
  b_text: z.string().nullable().describe('Its text, as written'),
  note_fr: z.string().describe('The rationale of a link, or why a provision has no counterpart, in French'),
  note_en: z.string().describe('The same, in English'),
  status: Status,
  score: z.number().nullable().describe('Similarity of the two texts for a suggestion'),
});
export type AlignmentRow = z.infer<typeof AlignmentRow>;
