/** /data/attributions.csv: one row per attribution, for spreadsheets (RFC 4180, UTF-8 with a byte-order mark). */
import type { Corpus } from '../core/records.ts';
import { toCsv } from './csv.ts';
import { AttributionRow, type TranslationEntry } from './published.ts';
import { assignmentsByAttribution, recordUrls } from './records.ts';

/** The rows, in corpus order. */
export function attributionRows(corpus: Corpus, translations: TranslationEntry[], site: URL | string): AttributionRow[] {
  const english = new Map(translations.filter((entry) => entry.field === 'text').map((entry) => [entry.record, entry]));
  const themes = new Map(corpus.themes.map((theme) => [theme.id, theme]));
  const themesOf = assignmentsByAttribution(corpus);
  const comparable = new Map<string, Set<string>>();
  for (const link of corpus.links) {
    for (const [end, other] of [
      [link.from, link.to],
      [link.to, link.from],
    ] as const) {
      comparable.set(end, (comparable.get(end) ?? new Set()).add(other));
    }
  }
  return corpus.missions
    .filter((mission) => mission.kind === 'attribution')
    .map((mission) => {
      const translation = english.get(mission.id);
      const urls = recordUrls(mission.id, site);
      const assigned = (themesOf.get(mission.id) ?? []).map((assignment) => assignment.theme);
      const label = (lang: 'fr' | 'en') => assigned.map((id) => themes.get(id)?.label[lang] ?? id).join(';');
      const [line_first, line_last] = mission.lines;
      return AttributionRow.parse({
        id: mission.id,
        country: mission.country,
        source: mission.source,
        ordinal: mission.ordinal,
        article: mission.article,
        text_fr: mission.text,
        text_en: translation?.status === 'current' ? translation.text : null,
        translation_status: translation?.status ?? 'missing',
        themes: assigned.join(';'),
        themes_fr: label('fr'),
        themes_en: label('en'),
        comparable: [...(comparable.get(mission.id) ?? [])].sort().join(';'),
        line_first,
        line_last,
        source_file: mission.source_file,
        source_sha256: mission.source_sha256,
        url_id: urls.id,
        url_fr: urls.fr,
        url_en: urls.en,
        url_data: urls.data,
      });
    });
}

/** The CSV text. */
export const attributionsCsv = (rows: AttributionRow[]): string => toCsv(rows, AttributionRow);
