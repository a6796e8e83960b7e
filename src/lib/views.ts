/**
 * What a page shows of a record or an institution, in a language: titles, the text to read and
 * its translation status, the citation, and the schema.org description.
 */
import type { Locale } from '../i18n/locales.ts';
import { otherLocale, sourceLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import type { Decree, Mission, Official, Organ } from '../schemas.ts';
import { actLabel, countryName, describeDocument, formatLines, paths } from './format.ts';
import type { AnyRecord, Institution, RecordKind, SiteData } from './site.ts';

/** What kind of record an entry is, for its label and page. */
export function kindOf(record: AnyRecord): RecordKind {
  if ('kind' in record) return record.kind;
  if ('act' in record) return 'decree';
  if ('post' in record) return 'official';
  return 'organ';
}

/** The French field of a record that is translated, if any. */
export function translatableOf(record: AnyRecord, kind: RecordKind): { field: string; fr: string } | null {
  if (kind === 'attribution' || kind === 'general') return { field: 'text', fr: record.text };
  if (kind === 'organ') return { field: 'name', fr: (record as Organ).name };
  if (kind === 'official') return { field: 'post', fr: (record as Official).post };
  const title = (record as Decree).title;
  return title ? { field: 'title', fr: title } : null;
}

/** The institution's name in a language (the French where no translation is current). */
export function institutionName(data: SiteData, institution: Institution, lang: Locale) {
  const { source } = institution;
  return data.text(lang, source.id, source.institution ? 'institution' : 'title', source.institution ?? source.title);
}

/** A record's heading: "Attribution 4", "Disposition générale", the organ, the person, the act. */
export function recordTitle(data: SiteData, record: AnyRecord, kind: RecordKind, lang: Locale): { text: string; lang: Locale } {
  const t = useTranslations(lang);
  if (kind === 'attribution') return { text: `${t('kind.attribution')} ${(record as Mission).ordinal}`, lang };
  if (kind === 'general') return { text: t('kind.general'), lang };
  if (kind === 'organ') return data.text(lang, record.id, 'name', (record as Organ).name);
  if (kind === 'official') return { text: (record as Official).name, lang: sourceLocale };
  return { text: actLabel(record as Decree, lang), lang };
}

/** The ready citation of a record, in a language, with its permanent address. */
export function citationOf(data: SiteData, institution: Institution, record: AnyRecord, kind: RecordKind, lang: Locale, site: URL): string {
  const t = useTranslations(lang);
  const what = recordTitle(data, record, kind, lang).text;
  return t('citation.template', {
    country: countryName(record.country, lang),
    institution: institutionName(data, institution, lang).text,
    what: kind === 'attribution' ? what.toLowerCase() : what,
    document: `${t('quote', { text: institution.source.title })}, ${describeDocument(institution.source, lang)}`,
    lines: formatLines(record.lines, lang),
    checksum: institution.source.sha256,
    url: new URL(paths.page(lang, record.id), site).href,
  });
}

/** The schema.org description of a record page. */
export function jsonLdOf(
  data: SiteData,
  institution: Institution,
  record: AnyRecord,
  kind: RecordKind,
  lang: Locale,
  site: URL,
  translated: boolean,
): Record<string, unknown> {
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
  const text = translatableOf(record, kind);
  const shown = text ? data.text(lang, record.id, text.field, text.fr).text : record.text;
  if (kind === 'organ') return { ...base, '@type': 'GovernmentOrganization', name: shown, parentOrganization: organisation };
  if (kind === 'official') {
    const official = record as Official;
    return {
      ...base,
      '@type': 'OrganizationRole',
      roleName: shown,
      memberOf: organisation,
      member: { '@type': 'Person', name: official.name, ...(official.honorific ? { honorificPrefix: official.honorific } : {}) },
    };
  }
  if (kind === 'decree') {
    const decree = record as Decree;
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
    name: recordTitle(data, record, kind, lang).text,
    text: shown,
    legislationJurisdiction: countryName(record.country, 'en'),
    isPartOf: { '@type': 'Legislation', name: institution.source.title, about: organisation },
    ...translation,
  };
}
