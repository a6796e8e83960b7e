/**
 * The records of the corpus, declared once: what ingestion writes, the comparison adds and the
 * site, the open data and the checks read. Every record says what it is in `kind`.
 */
import { iso31661 } from 'iso-3166/1.js';
import { z } from 'zod';

/**
 * The assigned ISO 3166-1 alpha-2 codes (249), from the iso-3166 package's list of the
 * standard: not the reserved (EU, UN), user-assigned (QO, ZZ) or withdrawn (SU, YU, DD) ones.
 */
const assignedCountries = new Set(iso31661.map((country) => country.alpha2));

/** A SHA-256 checksum, in lower-case hexadecimal. */
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 checksum: 64 lower-case hexadecimal digits');

export const CountryCode = z
  .string()
  .refine((code) => assignedCountries.has(code), 'expected an ISO 3166-1 alpha-2 code in upper case, such as BJ or ML')
  .describe('Country, ISO 3166-1 alpha-2, upper case (BJ, ML…)');

export const LanguageTag = z
  .string()
  .refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, 'expected a BCP 47 language tag, such as fr or fr-BJ')
  .describe('Language of the text, BCP 47 (fr, fr-ML…)');

export const DocumentType = z
  .enum(['web-page', 'decree', 'order', 'law', 'ordinance', 'circular', 'other'])
  .describe('What the source is: a ministry web page, a decree, an order (arrêté)…');

/** The `.yaml` file beside each source text. Unknown keys are errors, so typos are caught. */
export const SourceMeta = z.strictObject({
  country: CountryCode,
  language: LanguageTag,
  title: z.string().trim().min(1).describe('Title of the source, as it names itself'),
  institution: z.string().trim().min(1).optional().describe('The institution the text defines, as the text names it'),
  ministry: z.string().trim().min(1).optional().describe('The ministry, only where the source says which'),
  source_url: z.url().optional().describe('Where the text was published'),
  retrieved: z.iso.date().optional().describe('When the text was retrieved (YYYY-MM-DD)'),
  document_type: DocumentType.optional(),
  received_as: z.string().trim().min(1).optional().describe('File name under which the text was received'),
});
export type SourceMeta = z.infer<typeof SourceMeta>;

export const LineSpan = z
  .tuple([z.int().positive(), z.int().positive()])
  .refine(([first, last]) => first <= last, 'first line after last line')
  .describe('First and last source lines, 1-based and inclusive');
export type LineSpan = z.infer<typeof LineSpan>;

export const SetAside = z.strictObject({
  line: z.int().positive().describe('Source line, 1-based'),
  text: z.string().describe('The line, whitespace-normalised'),
  reason: z.string().describe('Why the line is not part of a record'),
  rule: z.string().describe('The recogniser that decided it'),
});
export type SetAside = z.infer<typeof SetAside>;

/**
 * One capture of a source: the text as received on one occasion, byte for byte, and its
 * metadata. A source's captures are numbered in the order they were filed: `<name>.txt` is
 * capture 1, `<name>@<n>.txt` capture n; none is ever overwritten.
 */
export const Capture = z.strictObject({
  number: z.int().positive().describe('1 for the first capture, then in the order they were filed'),
  file: z.string().describe('Path of the capture relative to the sources folder'),
  sha256: Sha256.describe('SHA-256 of the capture as received, byte for byte'),
  title: z.string().describe('Title of the source in this capture, as it names itself'),
  source_url: z.string().nullable().describe('Where the text was published, if known'),
  retrieved: z.string().nullable().describe('When the capture was retrieved (YYYY-MM-DD); null only for a first capture of unknown date'),
  received_as: z.string().nullable().describe('File name under which the capture was received, if known'),
  line_count: z.int().nonnegative().describe('Number of lines in the capture'),
  set_aside: z.array(SetAside).describe('Every non-blank line of the capture that belongs to no record, with the reason'),
});
export type Capture = z.infer<typeof Capture>;

export const Source = z.strictObject({
  id: z.string().describe('Path of the text relative to the sources folder, without extension (or capture number)'),
  file: z.string().describe('Path of the text relative to the sources folder'),
  sha256: Sha256.describe('SHA-256 of the text as received, byte for byte'),
  country: CountryCode,
  language: LanguageTag,
  title: z.string().describe('Title of the source, as it names itself'),
  institution: z.string().nullable().describe('The institution the text defines, as the text names it; null if it does not'),
  ministry: z.string().nullable().describe('The ministry, only where the source says which'),
  source_url: z.string().nullable().describe('Where the text was published, if known'),
  retrieved: z.string().nullable().describe('When the text was retrieved (YYYY-MM-DD), if known'),
  document_type: DocumentType.nullable(),
  received_as: z.string().nullable().describe('File name under which the text was received, if known'),
  line_count: z.int().nonnegative().describe('Number of lines in the text'),
  set_aside: z.array(SetAside).describe('Every non-blank line that belongs to no record, with the reason'),
  capture: z.int().positive().describe('The number of the capture these fields describe: the latest'),
  captures: z.array(Capture).describe('Every capture of the source, oldest first; the last is the current text'),
});
export type Source = z.infer<typeof Source>;

export const Anomaly = z.strictObject({
  type: z.enum(['repeated-phrase', 'truncated', 'link-without-target']).describe('What was noticed'),
  message: z.string().describe('The anomaly in words, for editors'),
  excerpt: z.string().describe('The part of the text concerned, as written'),
  start: z.int().nonnegative().describe('Offset of the excerpt in the record text (UTF-16 code units)'),
});
export type Anomaly = z.infer<typeof Anomaly>;

export const ListRole = z.enum(['attributions', 'composition', 'other']).describe('What a list enumerates: duties, members and units, or neither');
export type ListRole = z.infer<typeof ListRole>;

const RoleScores = z.strictObject({
  attributions: z.number().describe('Weight for attributions'),
  composition: z.number().describe('Weight for composition'),
});

export const ListFeature = z.strictObject({
  feature: z.string().describe('The named feature (lead-in:duty-words, items:name-a-unit…)'),
  value: z.number().min(0).max(1).describe('How far it holds: 1, or the share of items it holds for'),
  weights: RoleScores.describe('What it weighs for each role when it holds fully'),
});
export type ListFeature = z.infer<typeof ListFeature>;

export const Evidence = z.strictObject({
  rule: z.string().describe('The recogniser that produced the record'),
  lead_in: z
    .strictObject({ text: z.string().describe('The sentence, as written'), lines: LineSpan })
    .nullable()
    .describe('The sentence that introduces the list the record belongs to'),
  heading: z.string().nullable().describe('The nearest heading above the record'),
  classification: z
    .strictObject({
      role: ListRole,
      scores: RoleScores.describe('The sum of the weighted features for each role'),
      features: z.array(ListFeature).describe('The features that held'),
    })
    .nullable()
    .describe('For list items: how the role of their list was decided'),
});
export type Evidence = z.infer<typeof Evidence>;

/** Fields every record carries: identity and provenance. */
const recordBase = {
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/)
    .describe('Stable identifier: source id, type, then a slug of the record’s own words'),
  source: z.string().describe('Id of the source the record comes from'),
  source_file: z.string().describe('Path of the source text relative to the sources folder'),
  source_sha256: Sha256.describe('SHA-256 of the source text'),
  country: CountryCode,
  language: LanguageTag,
  lines: LineSpan,
  text: z.string().min(1).describe('The text as written, whitespace-normalised'),
  evidence: Evidence.describe('How the record was recognised'),
  anomalies: z.array(Anomaly).describe('What the source gets wrong in the record, noted, never fixed'),
};

const listPlace = {
  ordinal: z.int().positive().describe('1-based position within its list (or among general statements)'),
  list: z.int().positive().nullable().describe('1-based index of the list within the source; null outside lists'),
  label: z.string().nullable().describe('The list marker as written (1., a), •…), if any'),
  article: z.string().nullable().describe('The article the record sits in, as labelled (Article 2…)'),
};

export const Mission = z.strictObject({
  ...recordBase,
  ...listPlace,
  kind: z
    .enum(['attribution', 'general'])
    .describe('An item of a list of attributions, or a general provision: what the text says of the Secrétariat général outside its lists'),
});
export type Mission = z.infer<typeof Mission>;

export const Position = z
  .enum(['secretary-general', 'deputy-secretary-general', 'permanent-secretary', 'deputy-permanent-secretary'])
  .describe('The post, language-neutral');
export type Position = z.infer<typeof Position>;

export const Organ = z.strictObject({
  ...recordBase,
  ...listPlace,
  kind: z.literal('organ').describe('A member or unit of the Secrétariat général’s composition'),
  name: z.string().min(1).describe('The organ as written, without the trailing list punctuation'),
  position: Position.nullable().describe('The post the organ is, when it is one (the Secrétaire général, the deputy…); null for a unit'),
});
export type Organ = z.infer<typeof Organ>;

export const Official = z.strictObject({
  ...recordBase,
  kind: z.literal('official').describe('A person named in a post of the Secrétariat général'),
  post: z.string().describe('The post as written, without leading article'),
  position: Position,
  honorific: z.string().nullable().describe('Professeur, Madame, M., Dr… as written'),
  name: z.string().min(1).describe('The person’s name as written'),
});
export type Official = z.infer<typeof Official>;

export const Act = z.enum(['décret', 'loi', 'loi organique', 'ordonnance', 'arrêté', 'arrêté interministériel', 'décision', 'circulaire']);

export const Authority = z
  .enum(['Président de la République', 'Premier ministre', 'Président du Faso'])
  .describe('An issuing authority the number’s suffix names');
export type Authority = z.infer<typeof Authority>;

export const Decree = z.strictObject({
  ...recordBase,
  kind: z.literal('decree').describe('An act the text rests on or cites'),
  act: Act.describe('Kind of act'),
  citation: z.string().describe('The citation as written, whitespace-normalised'),
  number: z.string().nullable().describe('Number, normalised (94-202/PM-RM)'),
  date: z.iso.date().nullable().describe('Date of the act; null when the text gives no full date'),
  title: z.string().nullable().describe('Title of the act as written (fixant…, portant…)'),
  authority: Authority.nullable().describe('Issuing authority, where the number’s suffix says it'),
  authority_code: z.string().nullable().describe('The suffix of the number naming the authority (PM-RM)'),
  role: z.enum(['legal-basis', 'cited']).describe('The text rests on the act, or only mentions it'),
});
export type Decree = z.infer<typeof Decree>;

/** Any record, told apart by its `kind`. */
export const CorpusRecord = z.discriminatedUnion('kind', [Mission, Organ, Official, Decree]);
export type CorpusRecord = z.infer<typeof CorpusRecord>;

export const RecordKind = z
  .enum(['attribution', 'general', 'organ', 'official', 'decree'])
  .describe('What the record is; its page and data file are named after its id');
export type RecordKind = z.infer<typeof RecordKind>;

/**
 * content/permalinks.yaml: every record address ever published, and what became of it. A live
 * permalink has a record; a withdrawn one keeps a tombstone page; a moved one redirects.
 */
export const Permalink = z.strictObject({
  id: z.string().describe('The record id the address is made of (/id/{id}/, /{lang}/{id}/)'),
  kind: RecordKind,
  source: z.string().describe('Id of the source the record came from'),
  status: z.enum(['live', 'withdrawn', 'moved']).describe('Has a record; left a tombstone; redirects to another record'),
  text: z.string().min(1).describe('The record text when last seen, whitespace-normalised'),
  last_seen: z
    .strictObject({
      source_sha256: Sha256.describe('Checksum of the capture of the source that last had the record'),
      retrieved: z.iso.date().nullable().describe('When that capture was retrieved, if known'),
    })
    .describe('The last capture of the source in which the record appeared'),
  to: z.string().optional().describe('Moved: the id it redirects to. Withdrawn: the record its text went to, if any'),
});
export type Permalink = z.infer<typeof Permalink>;

/** A record's text in one capture of its source. */
export const RecordVersion = z.strictObject({
  capture: z.int().positive().describe('The capture'),
  text: z.string().min(1).describe('The record text in that capture, whitespace-normalised'),
  lines: LineSpan,
  anomalies: z.array(Anomaly).describe('What the source gets wrong in the record in that capture'),
});
export type RecordVersion = z.infer<typeof RecordVersion>;

/** Every record ever seen in a source, matched across its captures by the rule that keeps permalinks. */
export const History = z.strictObject({
  id: z.string().describe('Id of the record'),
  kind: RecordKind,
  source: z.string().describe('Id of the source'),
  first_seen: z.int().positive().describe('The first capture that has the record'),
  last_seen: z.int().positive().describe('The last capture that has the record; below the source’s latest, the current text no longer has it'),
  versions: z.array(RecordVersion).describe('Its text in each capture that has it, oldest first'),
});
export type History = z.infer<typeof History>;

/** A difference of two texts, word by word. */
export const DiffPart = z.strictObject({
  op: z.enum(['equal', 'insert', 'delete']).describe('Kept, added in the later text, or removed from the earlier'),
  text: z.string().describe('The words, with the spaces between them'),
});
export type DiffPart = z.infer<typeof DiffPart>;

const Placed = z.strictObject({
  text: z.string().describe('The record text'),
  lines: LineSpan,
  position: z.int().positive().describe('1-based rank among the records of its kind (attributions, general provisions, organs…) in the capture'),
});

/** What became of one record between two captures. */
export const Change = z.strictObject({
  type: z
    .enum(['added', 'removed', 'reworded', 'moved'])
    .describe('New in the later capture; gone from it; its words changed; its order among the others changed'),
  record: z.string().describe('Id of the record'),
  kind: RecordKind,
  before: Placed.nullable().describe('The record in the earlier capture; null when added'),
  after: Placed.nullable().describe('The record in the later capture; null when removed'),
  diff: z.array(DiffPart).nullable().describe('For a rewording, the word-level difference from before to after; null otherwise'),
});
export type Change = z.infer<typeof Change>;

/** The changes of a source from one capture to the next. */
export const SourceChanges = z.strictObject({
  source: z.string().describe('Id of the source'),
  from: z.int().positive().describe('The earlier capture'),
  to: z.int().positive().describe('The later capture, the next one'),
  changes: z.array(Change).describe('In the order of the later text, removed records where they stood'),
});
export type SourceChanges = z.infer<typeof SourceChanges>;

/** The four record collections, in the order they are written. */
export const collections = { missions: Mission, organs: Organ, officials: Official, decrees: Decree } as const;
export type CollectionName = keyof typeof collections;

/** The collection that holds each kind of record. */
export const collectionOf = {
  attribution: 'missions',
  general: 'missions',
  organ: 'organs',
  official: 'officials',
  decree: 'decrees',
} as const satisfies Record<RecordKind, CollectionName>;

/** The French field of a record that is translated, if any. */
export function translatableOf(record: CorpusRecord): { field: string; fr: string } | null {
  switch (record.kind) {
    case 'organ':
      return { field: 'name', fr: record.name };
    case 'official':
      return { field: 'post', fr: record.post };
    case 'decree':
      return record.title ? { field: 'title', fr: record.title } : null;
    default:
      return { field: 'text', fr: record.text };
  }
}

/** One translated field: the English, and the checksum of the French it translates. */
export const TranslatedField = z.strictObject({
  fr_sha256: Sha256.describe('SHA-256 of the French text this translates; a different French makes it stale'),
  en: z.string().trim().min(1).describe('The English translation'),
});
export type TranslatedField = z.infer<typeof TranslatedField>;

/** content/translations/<lang>/<source id>.yaml: record id → field → translation. */
export const TranslationFile = z.record(z.string(), z.record(z.string(), TranslatedField));
export type TranslationFile = z.infer<typeof TranslationFile>;

/** content/glossary.yaml: the terms every translation follows. */
export const Glossary = z.array(
  z.strictObject({
    fr: z.string().min(1).describe('The French term'),
    en: z.string().min(1).describe('Its English rendering on this site'),
    note: z.string().optional().describe('Why, or how it is used'),
  }),
);
export type Glossary = z.infer<typeof Glossary>;

/** A text in both languages of the site. */
export const Bilingual = z.strictObject({ fr: z.string().trim().min(1).describe('In French'), en: z.string().trim().min(1).describe('In English') });
export type Bilingual = z.infer<typeof Bilingual>;

export const ThemeId = z
  .string()
  .regex(/^[a-z]+(?:-[a-z]+)*$/, 'expected a theme id: lower-case words joined by "-", such as policy-strategy')
  .describe('Theme id, lower case words joined by "-"');

/** content/comparison/themes.yaml: what a Secrétariat général does, theme by theme. */
export const Theme = z.strictObject({
  id: ThemeId,
  label: Bilingual.describe('Short name of the theme'),
  definition: Bilingual.describe('One sentence saying what falls under the theme'),
});
export type Theme = z.infer<typeof Theme>;

export const Relation = z.enum(['equivalent', 'broader', 'narrower', 'partial']).describe('How the first provision compares with the second');
export type Relation = z.infer<typeof Relation>;

/** The relation seen from the other end of a link: broader becomes narrower. */
export function inverse(relation: Relation): Relation {
  return relation === 'broader' ? 'narrower' : relation === 'narrower' ? 'broader' : relation;
}

/** content/comparison/assignments.yaml: attribution id → its themes, main theme first. */
export const EditorialAssignments = z.record(
  z.string(),
  z.array(z.strictObject({ theme: ThemeId, justification: Bilingual.describe('Why the text falls under the theme') })).min(1),
);

/** content/comparison/links.yaml: comparable provisions of two countries. */
export const EditorialLink = z.strictObject({
  from: z.string().describe('Id of the first attribution or general provision'),
  to: z.string().describe('Id of the attribution or general provision of another country it compares with'),
  relation: Relation,
  theme: ThemeId.describe('The theme both share, on which the comparison rests'),
  rationale: Bilingual.describe('One line on why they compare'),
});

/** content/comparison/no-counterpart.yaml: the provisions an editor found without counterpart in another country, and why. */
export const NoCounterpart = z.strictObject({
  record: z.string().describe('Id of the attribution or general provision'),
  country: CountryCode.describe('The other country, in whose texts it has no counterpart'),
  reason: Bilingual.describe('Why: what it provides for that the other country’s texts do not'),
});
export type NoCounterpart = z.infer<typeof NoCounterpart>;

/** Character ranges [start, end) of a text, in UTF-16 code units. */
const Ranges = z.array(z.tuple([z.int().nonnegative(), z.int().nonnegative()]));

export const Status = z.enum(['reviewed', 'suggested']).describe('Decided by an editor, or proposed by the classifier until one confirms it');

export const ThemeAssignment = z.strictObject({
  attribution: z.string().describe('Id of the attribution'),
  theme: ThemeId,
  rank: z.int().positive().describe('1 for the main theme'),
  status: Status,
  justification: Bilingual.nullable().describe('The editor’s reason; null for a suggestion'),
  score: z.number().nullable().describe('The classifier’s similarity for a suggestion; null when reviewed'),
});
export type ThemeAssignment = z.infer<typeof ThemeAssignment>;

export const CrossLink = z.strictObject({
  from: z.string().describe('Id of the first attribution or general provision'),
  to: z.string().describe('Id of the attribution or general provision of another country it compares with'),
  relation: Relation,
  theme: ThemeId.describe('The theme both share, on which the comparison rests'),
  rationale: Bilingual.describe('One line on why they compare'),
  status: Status,
  score: z.number().nullable().describe('Similarity of the two texts for a suggestion; null when reviewed'),
  shared: z
    .strictObject({ from: Ranges.describe('In the text of `from`'), to: Ranges.describe('In the text of `to`') })
    .describe('The words the two texts share (the same French stem, stop words aside), as character ranges of each'),
});
export type CrossLink = z.infer<typeof CrossLink>;

export const Corpus = z.strictObject({
  sources: z.array(Source),
  missions: z.array(Mission),
  organs: z.array(Organ),
  officials: z.array(Official),
  decrees: z.array(Decree),
  themes: z.array(Theme).describe('The taxonomy of the comparison'),
  assignments: z.array(ThemeAssignment).describe('Themes of every attribution, reviewed or suggested'),
  links: z.array(CrossLink).describe('Comparable provisions of different countries, each pair once'),
  unmatched: z.array(NoCounterpart).describe('Provisions an editor found without counterpart in another country, with the reason'),
  permalinks: z.array(Permalink).describe('Every published address, sorted by id: the registry as this corpus leaves it'),
  former: z.array(CorpusRecord).describe('Records an earlier capture has and the current text no longer has, each as last seen'),
  histories: z.array(History).describe('Every record ever seen, current or former, with its text in each capture, sorted by id'),
  changes: z.array(SourceChanges).describe('Per source, what changed from each capture to the next'),
  // The structures view's shapes are declared at the end of the file, hence z.lazy.
  unit_types: z.array(z.lazy(() => UnitType)).describe('The taxonomy of the units of a composition, for the structures view'),
  structures: z
    .array(z.lazy(() => Structure))
    .describe('Per source, the records that say who leads it, who assists, to whom it answers and what is under it, and the type of each organ'),
});
export type Corpus = z.infer<typeof Corpus>;

export const TranslationStatus = z
  .enum(['current', 'stale', 'missing'])
  .describe('current: translates the French as it is now; stale: the French changed since; missing: not translated yet');
export type TranslationStatus = z.infer<typeof TranslationStatus>;

export const UnitTypeId = z
  .string()
  .regex(/^[a-z]+(?:-[a-z]+)*$/, 'expected a unit type id: lower-case words joined by "-", such as legal-affairs')
  .describe('Unit type id, lower case words joined by "-"');

/** content/comparison/unit-types.yaml: the kinds of unit a Secrétariat général is made of. */
export const UnitType = z.strictObject({
  id: UnitTypeId,
  label: Bilingual.describe('Short name of the type'),
  definition: Bilingual.describe('One sentence saying which units are of the type'),
});
export type UnitType = z.infer<typeof UnitType>;

/** content/comparison/organ-types.yaml: organ id → its unit type, with the editor's reason. */
export const EditorialOrganTypes = z.record(
  z.string(),
  z.strictObject({ type: UnitTypeId, justification: Bilingual.describe('Why the organ is of the type') }),
);
export type EditorialOrganTypes = z.infer<typeof EditorialOrganTypes>;

export const StructureRow = z
  .enum(['leads', 'assists', 'answers-to', 'over'])
  .describe('What the records of a row say: who leads it, who assists its head, to whom it answers, what is under its authority');
export type StructureRow = z.infer<typeof StructureRow>;

/**
 * content/comparison/structure-rows.yaml: source id → row → the records an editor cites in place
 * of the rule's. A general provision or an organ is cited for its words, an attribution for the
 * sentence that introduces its list.
 */
const EditorialRow = z
  .strictObject({
    records: z.array(z.string()).describe('The records that say it, in source order; none: the source says nothing of it'),
    none: z.boolean().optional().describe('The records say there is none (no deputy…)'),
    justification: Bilingual.describe('Why these records, and not the rule’s'),
  })
  .optional();
export const EditorialStructureRows = z.record(
  z.string(),
  z.strictObject({ leads: EditorialRow, assists: EditorialRow, 'answers-to': EditorialRow, over: EditorialRow } satisfies Record<StructureRow, unknown>),
);
export type EditorialStructureRows = z.infer<typeof EditorialStructureRows>;

/** A record cited in a row: its own words, or the sentence introducing its list. */
export const StructureCitation = z.strictObject({
  record: z.string().describe('Id of the record'),
  part: z.enum(['text', 'lead-in']).describe('The record’s words, or the sentence introducing its list'),
  cue: z.string().nullable().describe('The words, folded, for which the rule chose it; null when an editor did'),
});
export type StructureCitation = z.infer<typeof StructureCitation>;

export const StructureCell = z.strictObject({
  row: StructureRow,
  status: z.enum(['described', 'none', 'not-described']).describe('The records say it; the records say there is none; the source says nothing of it'),
  records: z.array(StructureCitation).describe('The records cited, in source order; empty when not described'),
  decided: z.enum(['rule', 'editor']).describe('Found by the rule over the words, or written by an editor'),
  justification: Bilingual.nullable().describe('The editor’s reason; null for the rule'),
});
export type StructureCell = z.infer<typeof StructureCell>;

export const OrganType = z.strictObject({
  organ: z.string().describe('Id of the organ'),
  type: UnitTypeId,
  status: Status,
  justification: Bilingual.nullable().describe('The editor’s reason; null for a suggestion'),
  cue: z.string().nullable().describe('For a suggestion, the words of the name, folded, the rule recognised; null when reviewed or when none was'),
});
export type OrganType = z.infer<typeof OrganType>;

/** What a source says of the structure of its Secrétariat général. */
export const Structure = z.strictObject({
  source: z.string().describe('Id of the source'),
  rows: z.array(StructureCell).describe('One cell per row, in the order of StructureRow'),
  organs: z.array(OrganType).describe('The unit type of each organ of its composition, in source order'),
});
export type Structure = z.infer<typeof Structure>;
