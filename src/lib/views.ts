/**
 * What a page shows of a record or an institution, in a language: titles, the text to read and
 * its translation status, the citation, and the schema.org description.
 */
import type { Locale } from '../core/locales.ts';
import { otherLocale, sourceLocale } from '../core/locales.ts';
import { paths } from '../core/paths.ts';
import { type Anomaly, type CorpusRecord, translatableOf } from '../core/records.ts';
import type { TranslationStatus } from '../core/translations.ts';
import { useTranslations } from '../i18n/ui.ts';
import { translatesTwin } from './alternates.ts';
import { actLabel, countryName, describeDocument, formatLines } from './format.ts';
import type { Institution, SiteData } from './site.ts';

/**
 * What a record's page is about: the record, its institution, the page's language, the site's
 * address. A part of the page that shows one kind of record takes the context with its record
 * narrowed, built as `{ ...context, record }` where `record.kind` was tested.
 */
export interface RecordContext<R extends CorpusRecord = CorpusRecord> {
  data: SiteData;
  institution: Institution;
  record: R;
  lang: Locale;
  site: URL;
}

/**
 * A record's text on its page: the French as written; the English where the record's
 * translated field has a current translation, else null; the status the page reports in its
 * language (always current in French); and whether the page translates its other-language twin.
 */
export function textsOf({ data, record, lang }: RecordContext): { french: string; english: string | null; status: TranslationStatus; translated: boolean } {
  const translatable = translatableOf(record);
  const english = translatable ? data.text('en', record.id, translatable.field, translatable.fr) : null;
  // A record with nothing to translate is as translated as it can be.
  const status = english?.status ?? 'current';
  return {
    french: record.text,
    english: status === 'current' && english ? english.text : null,
    status: lang === sourceLocale ? 'current' : status,
    // The same decision gives the page's alternates and the sitemap's (src/lib/alternates.ts).
    translated: translatesTwin(record, () => status),
  };
}

/** The institution's name in a language (the French where no translation is current). */
export function institutionName(data: SiteData, institution: Institution, lang: Locale) {
  const { source } = institution;
  return data.text(lang, source.id, source.institution ? 'institution' : 'title', source.institution ?? source.title);
}

/** A record's heading: "Attribution 4", "Disposition générale", the organ, the person, the act. */
export function recordTitle(data: SiteData, record: CorpusRecord, lang: Locale): { text: string; lang: Locale } {
  const t = useTranslations(lang);
  switch (record.kind) {
    case 'attribution':
      return { text: `${t('kind.attribution')} ${record.ordinal}`, lang };
    case 'general':
      return { text: t('kind.general'), lang };
    case 'organ':
      return data.text(lang, record.id, 'name', record.name);
    case 'official':
      return { text: record.name, lang: sourceLocale };
    case 'decree':
      return { text: actLabel(record, lang), lang };
  }
}

/**
 * The opening words of a text, for where the text itself does not follow (a tab, a bookmark):
 * whole words up to `max` characters, as written, "…" where cut.
 */
export function openingWords(text: string, max = 60): string {
  const words = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:.]+$/u, '');
  if (words.length <= max) return words;
  return `${words
    .slice(0, max + 1)
    .replace(/\s\S*$/u, '')
    .replace(/[\s,;:.'’(«-]+$/u, '')}…`;
}

/** The text a record's page shows in a language: the translated field's English where current, else the French. */
export function shownText(data: SiteData, record: CorpusRecord, lang: Locale): { text: string; lang: Locale } {
  const translatable = translatableOf(record);
  return translatable ? data.text(lang, record.id, translatable.field, translatable.fr) : { text: record.text, lang: sourceLocale };
}

/**
 * A record page's title: for a provision, which has no name of its own, its opening words before
 * its number ("propose en liaison avec… — Attribution 1"), so that tabs and bookmarks differ;
 * then its institution and country.
 */
export function pageTitleOf({ data, institution, record, lang }: RecordContext): string {
  const designation = recordTitle(data, record, lang).text;
  const named =
    record.kind === 'attribution' || record.kind === 'general' ? `${openingWords(shownText(data, record, lang).text)} — ${designation}` : designation;
  return `${named}, ${institutionName(data, institution, lang).text} (${countryName(record.country, lang)})`;
}

/** The ready citation of a record, in a language, with its permanent identifier (`/id/{id}/`). */
export function citationOf({ data, institution, record, lang, site }: RecordContext): string {
  const t = useTranslations(lang);
  const what = recordTitle(data, record, lang).text;
  return t('citation.template', {
    country: countryName(record.country, lang),
    institution: institutionName(data, institution, lang).text,
    what: record.kind === 'attribution' ? what.toLowerCase() : what,
    document: `${t('quote', { text: institution.source.title })}, ${describeDocument(institution.source, lang)}`,
    lines: formatLines(record.lines, lang),
    checksum: institution.source.sha256,
    url: new URL(paths.identifier(record.id), site).href,
  });
}

/** The schema.org description of a record page. */
export function jsonLdOf({ data, institution, record, lang, site }: RecordContext, translated: boolean): Record<string, unknown> {
  const url = (locale: Locale) => new URL(paths.page(locale, record.id), site).href;
  const organisation = {
    '@type': 'GovernmentOrganization',
    '@id': new URL(paths.page(sourceLocale, institution.source.id), site).href,
    name: institution.source.institution ?? institution.source.title,
    address: { '@type': 'PostalAddress', addressCountry: record.country },
  };
  const translation =
    lang === sourceLocale
      ? translated
        ? { workTranslation: { '@id': url(otherLocale(lang)) } }
        : {}
      : { translationOfWork: { '@id': url(sourceLocale) }, legislationLegalValue: 'https://schema.org/UnofficialLegalValue' };
  const base = { '@context': 'https://schema.org', '@id': url(lang), url: url(lang), inLanguage: lang };
  const shown = shownText(data, record, lang).text;
  if (record.kind === 'organ') return { ...base, '@type': 'GovernmentOrganization', name: shown, parentOrganization: organisation };
  if (record.kind === 'official') {
    const official = record;
    return {
      ...base,
      '@type': 'OrganizationRole',
      roleName: shown,
      memberOf: organisation,
      member: { '@type': 'Person', name: official.name, ...(official.honorific ? { honorificPrefix: official.honorific } : {}) },
    };
  }
  if (record.kind === 'decree') {
    const decree = record;
    return {
      ...base,
      '@type': 'Legislation',
      name: actLabel(decree, lang) + (decree.title ? ` ${shown}` : ''),
      legislationType: decree.act,
      ...(decree.number ? { legislationIdentifier: decree.number } : {}),
      ...(decree.date ? { legislationDate: decree.date } : {}),
      legislationJurisdiction: countryName(record.country, 'en'),
      ...translation,
    };
  }
  return {
    ...base,
    '@type': 'Legislation',
    name: recordTitle(data, record, lang).text,
    text: shown,
    legislationJurisdiction: countryName(record.country, 'en'),
    isPartOf: { '@type': 'Legislation', name: institution.source.title, about: organisation },
    ...translation,
  };
}

/**
 * An anomaly as a note in a language: the dictionary's sentence before and after the excerpt,
 * which stays in the source's language (a repeated phrase is quoted once).
 */
export function anomalyNote(anomaly: Anomaly, lang: Locale): { before: string; excerpt: string; after: string } {
  const [before = '', after = ''] = useTranslations(lang)(`anomaly.${anomaly.type}`).split('{excerpt}');
  const excerpt = anomaly.type === 'repeated-phrase' ? anomaly.excerpt.slice(0, (anomaly.excerpt.length - 1) / 2) : anomaly.excerpt;
  return { before, excerpt, after };
}
