/** Names, dates, line spans and addresses, in each language of the site. */
import type { Locale } from '../core/locales.ts';
import { fold } from '../core/fold.ts';
import type { Decree, Glossary, LineSpan, Source } from '../core/records.ts';
import { pluralKey, useTranslations } from '../i18n/ui.ts';

const regionNames = { fr: new Intl.DisplayNames(['fr'], { type: 'region' }), en: new Intl.DisplayNames(['en'], { type: 'region' }) };
const dates = {
  fr: new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

const kilobytes = {
  fr: new Intl.NumberFormat('fr', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }),
};

/** "28,7 ko" / "28.7 kB". */
export const formatBytes = (bytes: number, lang: Locale) => kilobytes[lang].format(bytes / 1000);

const countryNames = new Map<string, string>();
/** A country's name in a language; remembered, since every page asks for several. */
export function countryName(code: string, lang: Locale): string {
  const key = `${lang}:${code}`;
  if (!countryNames.has(key)) countryNames.set(key, regionNames[lang].of(code) ?? code);
  return countryNames.get(key)!;
}
export const formatDate = (iso: string, lang: Locale) => dates[lang].format(new Date(`${iso}T00:00:00Z`));

/** "lignes 21 à 23" / "line 21". */
export function formatLines([first, last]: LineSpan, lang: Locale): string {
  const t = useTranslations(lang);
  return t(pluralKey(lang, 'lines', last - first + 1), { first, last });
}

/** What the source is: "page web du ministère, non datée", or with its URL and date. */
export function describeDocument(source: Source, lang: Locale): string {
  const t = useTranslations(lang);
  const document = t(`document.${source.document_type ?? 'other'}`);
  return source.retrieved ? document : t('document.undated', { document });
}

/** "Décret n° 94-202/PM-RM du 3 juin 1994". */
export function actLabel(decree: Decree, lang: Locale): string {
  const t = useTranslations(lang);
  return [
    t(`act.${decree.act}`),
    decree.number && t('act.number', { number: decree.number }),
    decree.date && t('act.date', { date: formatDate(decree.date, lang) }),
  ]
    .filter(Boolean)
    .join(' ');
}

const englishOrdinals = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const englishSuffixes: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };
/** A rank, as a place is counted: "1re", "4e" (une place) / "1st", "4th". */
export const formatOrdinal = (n: number, lang: Locale) =>
  lang === 'fr' ? `${n}${n === 1 ? 're' : 'e'}` : `${n}${englishSuffixes[englishOrdinals.select(n)] ?? 'th'}`;

/** When a capture was retrieved, or that nobody knows: "10 décembre 2026", "date inconnue". */
export function captureDate(retrieved: string | null, lang: Locale): string {
  return retrieved ? formatDate(retrieved, lang) : useTranslations(lang)('history.undated');
}

/**
 * The glossary's English for a French term as written: an entry lists its forms, split on " / "
 * with an abbreviation in brackets ("Madame (Mme)"), compared without case or accents.
 */
export function glossaryRendering(glossary: Glossary, term: string): string | null {
  const key = fold(term).replace(/\.$/, '');
  const forms = (fr: string) =>
    fr
      .split(/ \/ |\s*[()]\s*/)
      .map((form) => fold(form).replace(/\.$/, ''))
      .filter(Boolean);
  return glossary.find((entry) => forms(entry.fr).includes(key))?.en ?? null;
}
