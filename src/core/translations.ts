/**
 * Translations are editorial data: content/translations/<lang>/<source id>.yaml holds, for each
 * record id and field, the translation and the SHA-256 of the French it translates. A record
 * whose French has changed since is "stale", one with no entry "missing"; both are shown in
 * French with a notice, never with a wrong or empty text. The sentence introducing a list (its
 * lead-in) is translated once, under its source's id, for all the records of the list.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { readYaml, YamlError } from './read-yaml.ts';
import { type Corpus, Glossary, type ListRole, type Mission, type Organ, TranslationFile, type TranslationStatus } from './records.ts';

export type { TranslationStatus };

/** The fields of each kind of record that are French text to translate. */
export const translatableFields = {
  sources: ['title', 'institution'],
  missions: ['text'],
  organs: ['name'],
  officials: ['post'],
  decrees: ['title'],
} as const satisfies Partial<Record<keyof Corpus, readonly string[]>>;

export const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

/** The role of the list each kind of list item belongs to, as a lead-in's field names it. */
const listRoleOf = { attribution: 'attributions', organ: 'composition' } as const satisfies Record<string, ListRole>;

/** The sentence introducing one list of a source, translated once for all the records of the list. */
export interface LeadIn {
  /** The id of the source, under which the translation is keyed. */
  source: string;
  /** `lead_in/<role>/<n>`: the lead-in of the source's n-th list of that role (attributions, composition). */
  field: string;
  /** The sentence, as written. */
  fr: string;
  /** The ids of the records of the list, in list order. */
  records: string[];
}

/**
 * The lead-in of each list of a corpus's records, once, sorted by source then line. A list is
 * named by its rank among its source's lists of the same role, not by its line nor its index
 * among all lists: lines added above it, or a list of another role, leave the key as it was,
 * and a lead-in that a new list pushes to another rank is stale by its checksum, never wrong.
 */
export function leadInsOf(records: ReadonlyArray<Mission | Organ>): LeadIn[] {
  const roleOf = (record: Mission | Organ) => listRoleOf[record.kind as keyof typeof listRoleOf];
  const items = records.filter((record) => record.kind in listRoleOf && record.list !== null);
  const found: Array<LeadIn & { line: number }> = [];
  for (const ofRole of Map.groupBy(items, (record) => `${record.source} ${roleOf(record)}`).values()) {
    const lists = [...Map.groupBy(ofRole, (record) => record.list!)].sort(([a], [b]) => a - b);
    lists.forEach(([, list], rank) => {
      const [first] = list as [Mission | Organ];
      const leadIn = first.evidence.lead_in;
      if (!leadIn) return;
      const field = `lead_in/${roleOf(first)}/${rank + 1}`;
      found.push({ source: first.source, field, fr: leadIn.text, records: list.map((record) => record.id), line: leadIn.lines[0] });
    });
  }
  return found.sort((a, b) => (a.source === b.source ? a.line - b.line : a.source < b.source ? -1 : 1)).map(({ line: _, ...leadIn }) => leadIn);
}

/** Every French string of a corpus that a translation must cover: each record's in corpus order, then the lead-ins. */
export function frenchStrings(corpus: Pick<Corpus, keyof typeof translatableFields>): Array<{ id: string; field: string; fr: string }> {
  const fields = (Object.keys(translatableFields) as Array<keyof typeof translatableFields>).flatMap((collection) =>
    (corpus[collection] as Array<Record<string, unknown> & { id: string }>).flatMap((record) =>
      translatableFields[collection].flatMap((field) => (typeof record[field] === 'string' ? [{ id: record.id, field, fr: record[field] as string }] : [])),
    ),
  );
  const leadIns = leadInsOf([...corpus.missions, ...corpus.organs]).map(({ source, field, fr }) => ({ id: source, field, fr }));
  return [...fields, ...leadIns];
}

/**
 * One language's translations, merged from all its files: record id → field → entry, and the
 * files read, each carrying its problems as placed messages; `failed` when any is invalid.
 */
export function readTranslations(folder: string, lang: string): { translations: TranslationFile; files: VFile[]; failed: boolean } {
  const root = join(folder, lang);
  const paths = existsSync(root)
    ? readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
        .map((entry) => join(entry.parentPath, entry.name))
        .sort()
    : [];
  const reads = paths.map((path) => readYaml(path, TranslationFile, { what: 'file', empty: {}, source: 'translations', ruleId: 'translations' }));
  const translations: TranslationFile = {};
  for (const read of reads) Object.assign(translations, read.value);
  return { translations, files: reads.map((read) => read.file), failed: reads.some((read) => !read.ok) };
}

/** One language's translations, merged from all its files; an invalid file throws a YamlError that carries the placed messages. */
export function loadTranslations(folder: string, lang: string): TranslationFile {
  const { translations, files, failed } = readTranslations(folder, lang);
  if (failed) throw new YamlError(files);
  return translations;
}

/** The status of a translation entry for the French of that checksum: none, another French's, or this one's. */
export function translationStatus(entry: { fr_sha256: string } | undefined, frSha256: string): TranslationStatus {
  return !entry ? 'missing' : entry.fr_sha256 === frSha256 ? 'current' : 'stale';
}

/** The translation of one French string, with its status. */
export function translate(translations: TranslationFile, id: string, field: string, fr: string): { status: TranslationStatus; text: string | null } {
  const entry = translations[id]?.[field];
  const status = translationStatus(entry, sha256(fr));
  return { status, text: status === 'current' ? entry!.en : null };
}

/** Coverage of a corpus by one language's translations, and the entries that match no record. */
export function coverage(corpus: Corpus, translations: TranslationFile) {
  const strings = frenchStrings(corpus);
  const counts: Record<TranslationStatus, number> = { current: 0, stale: 0, missing: 0 };
  const pending: Array<{ id: string; field: string; status: TranslationStatus }> = [];
  for (const { id, field, fr } of strings) {
    const { status } = translate(translations, id, field, fr);
    counts[status] += 1;
    if (status !== 'current') pending.push({ id, field, status });
  }
  const known = new Set(strings.map(({ id, field }) => `${id}#${field}`));
  const orphans = Object.entries(translations).flatMap(([id, fields]) =>
    Object.keys(fields)
      .filter((field) => !known.has(`${id}#${field}`))
      .map((field) => `${id}#${field}`),
  );
  return { total: strings.length, counts, pending, orphans };
}

/** What a coverage report counts, in a line: "English translation: 12/40 current, 3 stale, 25 missing". */
export function coverageLine(report: ReturnType<typeof coverage>): string {
  return (
    `English translation: ${report.counts.current}/${report.total} current, ${report.counts.stale} stale, ${report.counts.missing} missing` +
    (report.orphans.length > 0 ? `, ${report.orphans.length} for records no longer in the corpus` : '')
  );
}

/** The glossary every translation follows; an invalid file throws a YamlError that carries the placed messages. */
export function loadGlossary(path: string): Glossary {
  const read = readYaml(path, Glossary, { what: 'file', empty: [], source: 'translations', ruleId: 'glossary' });
  if (!read.ok) throw new YamlError([read.file]);
  return read.value;
}
