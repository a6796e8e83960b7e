/**
 * The site's view of the corpus: the records of corpus.json grouped by source (one institution
 * per source), records in source order, and the English translations with their status.
 * Loaded once per build. The records are read from corpus.json, validated once, rather than
 * through content collections, which would keep two more copies of every record and write them
 * all into a module: the memory and the time a corpus of every ministry cannot spare.
 */
import { readCorpus } from '../core/read-corpus.ts';
import { groupByEach } from '../core/group.ts';
import { remembered } from '../core/remembered.ts';
import type { Locale } from '../core/locales.ts';
import { sourceLocale } from '../core/locales.ts';
import {
  type Bilingual,
  type CorpusRecord,
  type CrossLink,
  type Decree,
  inverse,
  type Mission,
  type Official,
  type Organ,
  type Permalink,
  type Relation,
  type Source,
  type Theme,
  type ThemeAssignment,
  type TranslationFile,
} from '../core/records.ts';
import { leadInsOf, loadGlossary, loadTranslations, type TranslationStatus, translate } from '../core/translations.ts';

export interface Institution {
  source: Source;
  general: Mission[];
  attributions: Mission[];
  organs: Organ[];
  officials: Official[];
  basis: Decree[];
  cited: Decree[];
}

/** A comparable provision of another country, seen from one attribution. */
export interface Comparable {
  other: Mission;
  relation: Relation;
  theme: Theme;
  rationale: Bilingual;
  status: CrossLink['status'];
  /** The classifier's similarity, for a suggestion. */
  score: number | null;
  /** The words each text shares with the other, as ranges of the own text and of the other's. */
  shared: { own: CrossLink['shared']['from']; other: CrossLink['shared']['to'] };
}

export interface SiteData {
  institutions: Institution[];
  themes: Theme[];
  /** An attribution's themes, main first, with their status and justification. */
  themesOf: (id: string) => Array<ThemeAssignment & { definition: Theme }>;
  /** The attributions under a theme. */
  underTheme: (theme: string) => Mission[];
  /** An attribution's comparable provisions in other countries. */
  comparablesOf: (id: string) => Comparable[];
  /** Why a provision has no counterpart in a country, where an editor said so. */
  noCounterpart: (id: string, country: string) => Bilingual | null;
  /** The links between two countries' attributions, seen from the first. */
  linksBetween: (a: string, b: string) => Array<{ from: Mission } & Comparable>;
  /** Each record, with its institution and its place in the site's order (by source, then as the source lists them). */
  byId: Map<string, { record: CorpusRecord; institution: Institution; position: number }>;
  countries: string[];
  /** Every published permalink, live or retired, sorted by id. */
  permalinks: Permalink[];
  /** Where a published id leads now: itself (a record or a tombstone), or the end of its redirects. */
  resolve: (id: string) => string;
  glossary: ReturnType<typeof loadGlossary>;
  /** The translations, one set per language other than the sources'. */
  translations: Partial<Record<Locale, TranslationFile>>;
  /** The text of a record field in a language, with its translation status. */
  text: (lang: Locale, id: string, field: string, fr: string) => { text: string; lang: Locale; status: TranslationStatus };
  /** The current translation, in a language other than the sources', of a sentence of a source introducing one of its lists; null where there is none. */
  leadInTranslation: (lang: Locale, source: string, fr: string) => string | null;
}

const byLine = <T extends { lines: [number, number] }>(a: T, b: T) => a.lines[0] - b.lines[0];

/** A collection's records by source, each source's in line order. */
function bySource<T extends { source: string; lines: [number, number] }>(records: T[]): (source: string) => T[] {
  const groups = Map.groupBy(records, (record) => record.source);
  for (const list of groups.values()) list.sort(byLine);
  return (source) => groups.get(source) ?? [];
}

async function load(): Promise<SiteData> {
  const corpus = readCorpus();
  const { sources, missions, organs, officials, decrees } = corpus;
  // One set of translations per language other than the sources'.
  const translations: Partial<Record<Locale, TranslationFile>> = { en: loadTranslations('content/translations', 'en') };
  const [missionsOf, organsOf, officialsOf, decreesOf] = [bySource(missions), bySource(organs), bySource(officials), bySource(decrees)] as const;
  const institutions = sources
    .toSorted((a, b) => (a.id < b.id ? -1 : 1))
    .map((source): Institution => {
      const ownMissions = missionsOf(source.id);
      const ownDecrees = decreesOf(source.id);
      return {
        source,
        general: ownMissions.filter((mission) => mission.kind === 'general'),
        attributions: ownMissions.filter((mission) => mission.kind === 'attribution'),
        organs: organsOf(source.id),
        officials: officialsOf(source.id),
        basis: ownDecrees.filter((decree) => decree.role === 'legal-basis'),
        cited: ownDecrees.filter((decree) => decree.role === 'cited'),
      };
    });
  const byId: SiteData['byId'] = new Map();
  for (const institution of institutions) {
    for (const record of [
      ...institution.general,
      ...institution.attributions,
      ...institution.organs,
      ...institution.officials,
      ...institution.basis,
      ...institution.cited,
    ]) {
      byId.set(record.id, { record, institution, position: byId.size });
    }
  }
  const themeById = new Map(corpus.themes.map((theme) => [theme.id, theme]));
  // Links join attributions and general provisions.
  const provisions = new Map(
    institutions.flatMap((institution) => [...institution.general, ...institution.attributions].map((mission) => [mission.id, mission])),
  );
  const mission = (id: string) => provisions.get(id)!;
  const assignmentsBy = Map.groupBy(corpus.assignments, (assignment) => assignment.attribution);
  const byTheme = Map.groupBy(corpus.assignments, (assignment) => assignment.theme);
  const seen = (link: CrossLink, from: string): Comparable => ({
    other: mission(link.from === from ? link.to : link.from),
    relation: link.from === from ? link.relation : inverse(link.relation),
    theme: themeById.get(link.theme)!,
    rationale: link.rationale,
    status: link.status,
    score: link.score,
    shared: link.from === from ? { own: link.shared.from, other: link.shared.to } : { own: link.shared.to, other: link.shared.from },
  });
  const linksOf = groupByEach(corpus.links, (link) => [link.from, link.to]);
  const unmatched = new Map(corpus.unmatched.map((entry) => [`${entry.record} ${entry.country}`, entry.reason]));
  const comparablesOf = remembered((id) => (linksOf.get(id) ?? []).map((link) => seen(link, id)));
  const permalinks = new Map(corpus.permalinks.map((entry) => [entry.id, entry]));
  // Each French string is hashed once to tell whether its translation is current, however many pages show it.
  const translated = new Map<string, ReturnType<SiteData['text']>>();
  const text: SiteData['text'] = (lang, id, field, fr) => {
    if (lang === sourceLocale) return { text: fr, lang: sourceLocale, status: 'current' };
    const key = `${lang}\u0000${id}\u0000${field}\u0000${fr}`;
    let shown = translated.get(key);
    if (!shown) {
      const found = translate(translations[lang] ?? {}, id, field, fr);
      shown = found.text === null ? { text: fr, lang: sourceLocale, status: found.status } : { text: found.text, lang, status: 'current' };
      translated.set(key, shown);
    }
    return shown;
  };
  // A lead-in is translated once, under its source; a record finds it by its words, so that a
  // former record whose list began with the same sentence finds it too.
  const leadIns = new Map(
    leadInsOf(institutions.flatMap((institution) => [...institution.attributions, ...institution.organs])).map((leadIn) => [
      `${leadIn.source} ${leadIn.fr}`,
      leadIn,
    ]),
  );
  const leadInTranslation: SiteData['leadInTranslation'] = (lang, source, fr) => {
    const leadIn = leadIns.get(`${source} ${fr}`);
    const shown = leadIn && text(lang, source, leadIn.field, fr);
    return shown && lang !== sourceLocale && shown.lang === lang ? shown.text : null;
  };
  const linksBetween = remembered((pair) => {
    const [a, b] = pair.split(' ');
    return institutions
      .filter((institution) => institution.source.country === a)
      .flatMap((institution) => [...institution.general, ...institution.attributions])
      .flatMap((from) =>
        comparablesOf(from.id)
          .filter((link) => link.other.country === b)
          .map((link) => ({ from, ...link })),
      );
  });
  const resolve = (id: string, seen = new Set<string>()): string => {
    const entry = permalinks.get(id);
    if (entry?.status !== 'moved' || seen.has(id)) return id;
    return resolve(entry.to!, seen.add(id));
  };
  return {
    institutions,
    byId,
    permalinks: corpus.permalinks,
    resolve: (id) => resolve(id),
    themes: corpus.themes,
    themesOf: remembered((id) => (assignmentsBy.get(id) ?? []).map((assignment) => ({ ...assignment, definition: themeById.get(assignment.theme)! }))),
    underTheme: remembered((theme) =>
      (byTheme.get(theme) ?? [])
        .map((assignment) => mission(assignment.attribution))
        .sort((a, b) => (a.source === b.source ? a.ordinal - b.ordinal : a.source < b.source ? -1 : 1)),
    ),
    comparablesOf,
    noCounterpart: (id, country) => unmatched.get(`${id} ${country}`) ?? null,
    linksBetween: (a, b) => linksBetween(`${a} ${b}`),
    countries: [...new Set(institutions.map((institution) => institution.source.country))].sort(),
    glossary: loadGlossary('content/glossary.yaml'),
    translations,
    text,
    leadInTranslation,
  };
}

let cached: Promise<SiteData> | undefined;

/** The site's data, loaded on first use. */
export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
