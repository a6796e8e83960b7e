/**
 * The Atom 1.0 feeds of the changes, in each language: of every source (/{lang}/changes.xml) and
 * of one (/{lang}/{source id}/changes.xml). One entry per change, newest pair of captures first;
 * every date is a capture's, so the same corpus gives the same bytes.
 */
import XMLBuilder from 'fast-xml-builder';
import type { Locale } from '../core/locales.ts';
import { paths } from '../core/paths.ts';
import type { Change, SourceChanges } from '../core/records.ts';
import { useTranslations } from '../i18n/ui.ts';
import { countryName } from './format.ts';
import { siteData } from './site.ts';
import { changeAnchor, movedText, versionsData } from './versions.ts';
import { institutionName, recordTitle } from './views.ts';

/** A feed with no dated change has never been updated: the epoch says so, and stays the same. */
const never = '1970-01-01T00:00:00Z';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true });

const timestamp = (date: string) => `${date}T00:00:00Z`;

/**
 * XML 1.0 cannot carry most control characters, even escaped: in a feed they become U+FFFD,
 * so that it stays well-formed; the record's page and data keep the text as written.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML refuses.
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const xmlText = (text: string) => text.replace(notXml, '\ufffd');

/** The feed of one source's changes, or of every source's, as Atom XML. */
export async function changesFeed(lang: Locale, site: URL, sourceId?: string): Promise<string> {
  const t = useTranslations(lang);
  const data = await siteData();
  const versions = await versionsData();
  const url = (path: string) => new URL(path, site).href;
  const institutions = data.institutions.filter((institution) => sourceId === undefined || institution.source.id === sourceId);
  const summary = (change: Change) =>
    [movedText(change, lang), change.before && t('feed.before', { text: change.before.text }), change.after && t('feed.after', { text: change.after.text })]
      .filter(Boolean)
      .join('\n');
  const entries = institutions.flatMap((institution) => {
    const { source } = institution;
    const name = institutionName(data, institution, lang).text;
    const dates = new Map(source.captures.map((capture) => [capture.number, capture.retrieved]));
    return versions.changesOf(source.id).flatMap((pair: SourceChanges) =>
      pair.changes.map((change) => {
        const { record } = data.byId.get(change.record) ?? versions.formerById.get(change.record)!;
        const updated = dates.get(pair.to) ?? null;
        return {
          updated: updated ? timestamp(updated) : never,
          source: source.id,
          entry: {
            id: url(`${paths.changes(lang, source.id)}#${changeAnchor(pair, change)}`),
            title: xmlText(t('feed.entry', { type: t(`changes.type.${change.type}`), record: `${recordTitle(data, record, lang).text} — ${name}` })),
            updated: updated ? timestamp(updated) : never,
            link: { '@rel': 'alternate', '@type': 'text/html', '@href': url(paths.page(lang, change.record)) },
            category: { '@term': change.type },
            summary: { '@type': 'text', '#text': xmlText(summary(change)) },
          },
        };
      }),
    );
  });
  // Newest first; at one date, source by source, each in the order of its text.
  const sorted = entries.map((entry, index) => ({ ...entry, index }));
  sorted.sort((a, b) =>
    a.updated !== b.updated ? (a.updated < b.updated ? 1 : -1) : a.source !== b.source ? (a.source < b.source ? -1 : 1) : a.index - b.index,
  );
  const single = sourceId === undefined ? undefined : institutions[0];
  const self = url(paths.feed(lang, sourceId));
  const feed = {
    '?xml': { '@version': '1.0', '@encoding': 'utf-8' },
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      '@xml:lang': lang,
      id: self,
      title: single
        ? t('feed.title.source', { institution: institutionName(data, single, lang).text, country: countryName(single.source.country, lang) })
        : t('feed.title.all'),
      updated: sorted[0]?.updated ?? never,
      link: [
        { '@rel': 'self', '@type': 'application/atom+xml', '@href': self },
        { '@rel': 'alternate', '@type': 'text/html', '@href': url(single ? paths.changes(lang, single.source.id) : paths.home(lang)) },
      ],
      author: { name: t('site.name'), uri: url(paths.home(lang)) },
      entry: sorted.map((item) => item.entry),
    },
  };
  return builder.build(feed);
}
