/**
 * A record's citation in the formats reference managers read: BibTeX (biblatex `@misc`) and
 * CSL-JSON, in a language of the site, with the permanent identifier (`/id/{id}/`) as its URL and
 * the source checksum.
 */
import { paths } from '../core/paths.ts';
import { countryName, formatLines } from './format.ts';
import { institutionName, type RecordContext, recordTitle } from './views.ts';

/** What both formats say of a record. */
function facts({ data, institution, record, lang, site }: RecordContext) {
  const { source } = institution;
  const decree = record.kind === 'decree' ? record : null;
  return {
    key: `sg:${record.id.replaceAll('/', ':')}`,
    title: `${recordTitle(data, record, lang).text} — ${institutionName(data, institution, lang).text}`,
    container: source.title,
    country: countryName(record.country, lang),
    // The language-neutral identifier: the address that lasts, whatever the reader's language.
    url: new URL(paths.identifier(record.id), site).href,
    accessed: source.retrieved,
    issued: decree?.date ?? null,
    number: decree?.number ?? null,
    note: `${formatLines(record.lines, lang)}, ${source.file}, SHA-256 ${source.sha256}`,
  };
}

/** Escapes the characters TeX reads as commands in a BibTeX field value. */
export function texEscape(value: string): string {
  const escapes: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '{': '\\{',
    '}': '\\}',
    '%': '\\%',
    '&': '\\&',
    $: '\\$',
    '#': '\\#',
    _: '\\_',
    '^': '\\textasciicircum{}',
    '~': '\\textasciitilde{}',
  };
  return value.replace(/[\\{}%&$#_^~]/g, (character) => escapes[character]!);
}

/** The record as a biblatex `@misc` entry; fields in a fixed order, values TeX-escaped. */
export function bibtexOf(context: RecordContext): string {
  const { lang } = context;
  const cited = facts(context);
  const fields: Array<[string, string | null]> = [
    ['title', `{${texEscape(cited.title)}}`],
    ['organization', texEscape(cited.country)],
    ['howpublished', texEscape(cited.container)],
    ['number', cited.number && texEscape(cited.number)],
    ['date', cited.issued],
    ['url', cited.url],
    ['urldate', cited.accessed],
    ['langid', lang === 'fr' ? 'french' : 'english'],
    ['note', texEscape(cited.note)],
  ];
  const body = fields.filter(([, value]) => value).map(([name, value]) => `  ${name} = {${value}}`);
  return `@misc{${cited.key},\n${body.join(',\n')}\n}`;
}

const dateParts = (iso: string | null) => (iso ? { 'date-parts': [iso.split('-').map(Number)] } : undefined);

/** The record as a CSL-JSON item (type legislation), in an array as reference managers import it. */
export function cslOf(context: RecordContext): string {
  const { lang } = context;
  const cited = facts(context);
  const item = {
    id: cited.key,
    type: 'legislation',
    title: cited.title,
    'container-title': cited.container,
    jurisdiction: cited.country,
    number: cited.number ?? undefined,
    issued: dateParts(cited.issued),
    accessed: dateParts(cited.accessed),
    URL: cited.url,
    language: lang,
    note: cited.note,
  };
  return JSON.stringify([item], null, 2);
}
