/**
 * On the 404 page: an address of a record, or of a source text, on a date that is not one of its
 * capture dates (/{lang}/{id}/@YYYY-MM-DD/, /{lang}/{source id}/source/@YYYY-MM-DD/) leads to
 * the pre-generated address of the latest capture on or before that date, read from the
 * record's or the source's open data. Before the first dated capture, or with none, it says so
 * in the address's language. Any other address is left to the page.
 */
import { paths } from '../core/paths.ts';

/** What the page passes to the script, per language. */
export interface PointInTimeStrings {
  /** The locale dates are written in (fr, en-GB). */
  dates: string;
  /** "No dated capture… as early as {date}: the first… {first}". */
  beforeFirst: string;
  noDates: string;
  /** Link texts: the record (or source text) today, and its history (or changes). */
  record: string;
  history: string;
  source: string;
  changes: string;
}

const address = /^\/(fr|en)\/(.+)\/@(\d{4}-\d{2}-\d{2})\/$/;

/** Resolves the current address, if it is one of a record or source text on a date; else does nothing. */
export async function resolvePointInTime(out: HTMLElement, strings: Record<string, PointInTimeStrings>): Promise<void> {
  const match = address.exec(location.pathname);
  const [, lang = '', path = '', date = ''] = match ?? [];
  const s = strings[lang];
  if (!s || Number.isNaN(Date.parse(date))) return;
  const source = /^(.+)\/source$/.exec(path)?.[1];
  const response = await fetch(source ? paths.changesData(source) : paths.recordData(path));
  if (!response.ok) return;
  const json = await response.json();
  const captures: Array<{ retrieved: string | null }> = source ? json.captures : json.history.captures;
  const dates = captures.flatMap((capture) => (capture.retrieved ? [capture.retrieved] : [])).sort();
  const on = dates.filter((dated) => dated <= date).at(-1);
  const locale = lang as 'fr' | 'en';
  if (on) {
    location.replace(source ? paths.sourceAt(locale, source, on) : paths.pointInTime(locale, path, on));
    return;
  }
  const format = new Intl.DateTimeFormat(s.dates, { dateStyle: 'long', timeZone: 'UTC' });
  const day = (iso: string) => format.format(new Date(`${iso}T00:00:00Z`));
  const message = document.createElement('p');
  message.textContent = dates[0] ? s.beforeFirst.replace('{date}', day(date)).replace('{first}', day(dates[0])) : s.noDates;
  const links = document.createElement('p');
  const targets = source
    ? [
        [s.source, paths.source(locale, source)],
        [s.changes, paths.changes(locale, source)],
      ]
    : [
        [s.record, paths.page(locale, path)],
        [s.history, `${paths.page(locale, path)}#history`],
      ];
  for (const [text, href] of targets) {
    const link = document.createElement('a');
    link.textContent = text!;
    link.href = href!;
    links.append(link, ' ');
  }
  out.lang = lang;
  out.replaceChildren(message, links);
  out.hidden = false;
}
