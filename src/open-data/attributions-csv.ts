/** /data/attributions.csv: one row per attribution, for spreadsheets (RFC 4180, UTF-8). */
import type { Corpus } from '../core/records.ts';
import { toCsv } from './csv.ts';
import { AttributionRow, type TranslationEntry } from './published.ts';
import { recordUrls } from './records.ts';

/** The rows, in corpus order. */
export function attributionRows(corpus: Corpus, translations: TranslationEntry[], site: URL | string): AttributionRow[] {
  const english = new Map(translations.filter((entry) => entry.field === 'text').map((entry) => [entry.record, entry]));
  return corpus.missions
    .filter((mission) => mission.kind === 'attribution')
    .map((mission) => {
      const translation = english.get(mission.id);
      const urls = recordUrls(mission.id, site);
      const themes = corpus.assignments.filter((assignment) => assignment.attribution === mission.id).sort((a, b) => a.rank - b.rank);
      return AttributionRow.parse({
        id: mission.id,
        country: mission.country,
        source: mission.source,
        ordinal: mission.ordinal,
        label: mission.label,
        article: mission.article,
        text_fr: mission.text,
        text_en: translation?.status === 'current' ? translation.text : null,
        translation_status: translation?.status ?? 'missing',
        themes: themes.map((assignment) => assignment.theme).join(';'),
        lines: mission.lines.join('-'),
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
