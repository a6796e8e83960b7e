/**
 * The site's view of the corpus: the content collections grouped by source (one institution
 * per source), records in source order, and the English translations with their status.
 * Loaded once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { sourceLocale } from '../i18n/locales.ts';
import type { Decree, Mission, Official, Organ, Source, TranslationFile } from '../schemas.ts';
import { loadGlossary, loadTranslations, translate, type TranslationStatus } from './translations.ts';

export type RecordKind = 'attribution' | 'general' | 'organ' | 'official' | 'decree';
export type AnyRecord = Mission | Organ | Official | Decree;

export interface Institution {
  source: Source;
  general: Mission[];
  attributions: Mission[];
  organs: Organ[];
  officials: Official[];
  basis: Decree[];
  cited: Decree[];
  entries: Map<string, CollectionEntry<'missions' | 'organs' | 'officials' | 'decrees'>>;
}

export interface SiteData {
  institutions: Institution[];
  byId: Map<string, { record: AnyRecord; kind: RecordKind; institution: Institution }>;
  countries: string[];
  glossary: ReturnType<typeof loadGlossary>;
  /** The text of a record field in a language, with its translation status. */
  text: (lang: Locale, id: string, field: string, fr: string) => { text: string; lang: Locale; status: TranslationStatus };
}

const byLine = <T extends { lines: [number, number] }>(a: T, b: T) => a.lines[0] - b.lines[0];

/** What kind of record an entry is, for its label and page. */
export function kindOf(record: AnyRecord): RecordKind {
  if ('kind' in record) return record.kind;
  if ('act' in record) return 'decree';
  if ('post' in record) return 'official';
  return 'organ';
}

async function load(): Promise<SiteData> {
  const [sources, missions, organs, officials, decrees] = await Promise.all([
    getCollection('sources'),
    getCollection('missions'),
    getCollection('organs'),
    getCollection('officials'),
    getCollection('decrees'),
  ]);
  // One set of translations per language other than the sources'.
  const translations: Partial<Record<Locale, TranslationFile>> = { en: loadTranslations('content/translations', 'en') };
  const institutions = sources
    .map(({ data }) => data)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((source): Institution => {
      const own = <T extends { data: { source: string; lines: [number, number] } }>(entries: T[]) =>
        entries.filter((entry) => entry.data.source === source.id).sort((a, b) => byLine(a.data, b.data));
      const entries = [...own(missions), ...own(organs), ...own(officials), ...own(decrees)];
      const ownMissions = own(missions).map((entry) => entry.data);
      const ownDecrees = own(decrees).map((entry) => entry.data);
      return {
        source,
        general: ownMissions.filter((mission) => mission.kind === 'general'),
        attributions: ownMissions.filter((mission) => mission.kind === 'attribution'),
        organs: own(organs).map((entry) => entry.data),
        officials: own(officials).map((entry) => entry.data),
        basis: ownDecrees.filter((decree) => decree.role === 'legal-basis'),
        cited: ownDecrees.filter((decree) => decree.role === 'cited'),
        entries: new Map(entries.map((entry) => [entry.data.id, entry])),
      };
    });
  const byId: SiteData['byId'] = new Map();
  for (const institution of institutions) {
    for (const record of [...institution.general, ...institution.attributions, ...institution.organs, ...institution.officials, ...institution.basis, ...institution.cited]) {
      byId.set(record.id, { record, kind: kindOf(record), institution });
    }
  }
  return {
    institutions,
    byId,
    countries: [...new Set(institutions.map((institution) => institution.source.country))].sort(),
    glossary: loadGlossary('content/glossary.yaml'),
    text: (lang, id, field, fr) => {
      if (lang === sourceLocale) return { text: fr, lang: sourceLocale, status: 'current' };
      const found = translate(translations[lang] ?? {}, id, field, fr);
      return found.text === null ? { text: fr, lang: sourceLocale, status: found.status } : { text: found.text, lang, status: 'current' };
    },
  };
}

let cached: Promise<SiteData> | undefined;

/** The site's data, loaded on first use. */
export function siteData(): Promise<SiteData> {
  return (cached ??= load());
}
