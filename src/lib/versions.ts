/**
 * The site's view of the captures of each source: every record's text in each capture, the
 * records the current text no longer has (each with its institution, as last seen), what
 * changed from one capture to the next (newest first), and which capture stood on a date.
 * Read from corpus.json; the current records stay those of the content collections.
 */
import type { Locale } from '../core/locales.ts';
import { readCorpus } from '../core/read-corpus.ts';
import type { Capture, Change, CorpusRecord, DiffPart, History, RecordVersion, Source, SourceChanges } from '../core/records.ts';
import { wordDiff } from '../core/word-diff.ts';
import { useTranslations } from '../i18n/ui.ts';
import { formatOrdinal } from './format.ts';
import { type Institution, type SiteData, siteData } from './site.ts';

/** One version of a record in its history: the capture, its text, and what changed from the version before. */
export interface VersionView extends RecordVersion {
  /** The capture the version is in. */
  at: Capture;
  /** The word-level difference from the previous version; null for the first. */
  diff: DiffPart[] | null;
  /** The same words as the previous version (false for the first). */
  unchanged: boolean;
}

/** A record's history as its page shows it. */
export interface RecordHistory extends History {
  source: string;
  versions: VersionView[];
  /** The number of the source's current capture. */
  current: number;
}

/** What a point-in-time address shows: the capture standing on the date, and the record then. */
export interface Standing {
  date: string;
  capture: Capture;
  /** The record's text in that capture; null when the capture does not have it. */
  version: VersionView | null;
  /** in: the capture has it; not-yet: it came later; no-longer: it had gone. */
  state: 'in' | 'not-yet' | 'no-longer';
  /** Whether the capture is the source's current one. */
  latest: boolean;
}

export interface VersionsData {
  /** The records of corpus.former, each with its institution (whose source is as captured when last seen). */
  formerById: Map<string, { record: CorpusRecord; institution: Institution }>;
  history: (id: string) => RecordHistory;
  /** A source's changes, one set per pair of consecutive captures, newest first. */
  changesOf: (sourceId: string) => SourceChanges[];
  /** A source's distinct capture dates, oldest first, each with the latest capture of that date. */
  datesOf: (sourceId: string) => Array<{ date: string; capture: Capture }>;
  /** What a record's point-in-time address shows on one of its source's capture dates. */
  standing: (id: string, date: string) => Standing;
}

/** A source as one of its captures has it: that capture's file, checksum, title, address and date. */
export function asCaptured(source: Source, capture: Capture): Source {
  const { number, file, sha256, title, source_url, retrieved, received_as, line_count, set_aside } = capture;
  return { ...source, capture: number, file, sha256, title, source_url, retrieved, received_as, line_count, set_aside };
}

/** The distinct dates of a source's captures, oldest first, each with the latest capture of that date. */
export function captureDates(source: Source): Array<{ date: string; capture: Capture }> {
  const byDate = new Map<string, Capture>();
  for (const capture of source.captures) if (capture.retrieved) byDate.set(capture.retrieved, capture);
  return [...byDate].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, capture]) => ({ date, capture }));
}

function load(data: SiteData): VersionsData {
  const corpus = readCorpus();
  const institutions = new Map(data.institutions.map((institution) => [institution.source.id, institution]));
  const histories = new Map(corpus.histories.map((history) => [history.id, history]));
  const changes = Map.groupBy(corpus.changes, (entry) => entry.source);
  const views = new Map<string, RecordHistory>();
  const history = (id: string): RecordHistory => {
    const cached = views.get(id);
    if (cached) return cached;
    const found = histories.get(id)!;
    const { source } = institutions.get(found.source)!;
    const captures = new Map(source.captures.map((capture) => [capture.number, capture]));
    const versions = found.versions.map((version, index): VersionView => {
      const previous = found.versions[index - 1];
      return {
        ...version,
        at: captures.get(version.capture)!,
        diff: previous ? wordDiff(previous.text, version.text) : null,
        unchanged: previous?.text === version.text,
      };
    });
    const view = { ...found, versions, current: source.capture };
    views.set(id, view);
    return view;
  };
  const formerById: VersionsData['formerById'] = new Map();
  for (const record of corpus.former) {
    const institution = institutions.get(record.source)!;
    const last = institution.source.captures.find((capture) => capture.number === histories.get(record.id)!.last_seen)!;
    formerById.set(record.id, { record, institution: { ...institution, source: asCaptured(institution.source, last) } });
  }
  const datesOf = (sourceId: string) => captureDates(institutions.get(sourceId)!.source);
  return {
    formerById,
    history,
    changesOf: (sourceId) => [...(changes.get(sourceId) ?? [])].sort((a, b) => b.to - a.to),
    datesOf,
    standing: (id, date) => {
      const record = history(id);
      // The latest capture on or before the date: the dates are those of the source's captures.
      const capture = datesOf(record.source).findLast((entry) => entry.date <= date)!.capture;
      const version = record.versions.find((candidate) => candidate.capture === capture.number) ?? null;
      const state = version ? 'in' : capture.number < record.first_seen ? 'not-yet' : 'no-longer';
      return { date, capture, version, state, latest: capture.number === record.current };
    },
  };
}

let cached: Promise<VersionsData> | undefined;

/** The site's view of the captures, loaded on first use. */
export function versionsData(): Promise<VersionsData> {
  cached ??= siteData().then(load);
  return cached;
}

/** The id of a change on its source's changes page: the pair of captures, the type, the record. */
export const changeAnchor = (pair: { from: number; to: number }, change: { type: string; record: string }) =>
  `change-${pair.from}-${pair.to}-${change.type}-${change.record.replaceAll('/', '_')}`;

/** A move in words: "Passe de la 4e à la 6e place parmi les dispositions du texte."; null for any other change. */
export function movedText(change: Change, lang: Locale): string | null {
  if (change.type !== 'moved' || !change.before || !change.after) return null;
  const t = useTranslations(lang);
  return t('changes.moved', {
    from: formatOrdinal(change.before.position, lang),
    to: formatOrdinal(change.after.position, lang),
    among: t(`changes.among.${change.kind}`),
  });
}
