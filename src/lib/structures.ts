/**
 * The structures view of the site: for an institution, what each row of the comparison shows
 * (the records cited, in the page's language where translated, or what the source does not
 * say), and its organs by unit type. Read from the `structures` and `unit_types` of corpus.json.
 */
import type { Locale } from '../core/locales.ts';
import { sourceLocale } from '../core/locales.ts';
import { paths } from '../core/paths.ts';
import { readCorpus } from '../core/read-corpus.ts';
import type { Bilingual, Official, Organ, OrganType, StructureCell, StructureCitation, StructureRow, UnitType } from '../core/records.ts';
import { useTranslations } from '../i18n/ui.ts';
import { formatLines } from './format.ts';
import type { Institution, SiteData } from './site.ts';

/** A text in a language: the page's where translated, else the French as written. */
export interface Shown {
  text: string;
  lang: Locale;
}

/** A record cited in a cell: its words, its page, and where in the source they stand. */
export interface CitationView {
  href: string;
  shown: Shown;
  /** The translation given beside French words quoted as written (a lead-in's), where current; null otherwise. */
  beside: string | null;
  /** "Disposition générale, ligne 31", "Phrase introduisant les attributions, ligne 7"; null for an organ or an official. */
  where: string | null;
}

export interface CellView {
  status: StructureCell['status'];
  citations: CitationView[];
  /** The editor's reason, where an editor wrote the row. */
  editor: Bilingual | null;
}

export interface TypedOrgan {
  organ: Organ;
  name: Shown;
  status: OrganType['status'];
}

export interface InstitutionStructure {
  institution: Institution;
  rows: Record<StructureRow, CellView>;
  /** The organs of each unit type, in source order; no entry for a type it has none of. */
  organsOf: Map<string, TypedOrgan[]>;
}

/** The taxonomy of unit types, in its declared order. */
export const unitTypes = (): UnitType[] => readCorpus().unit_types;

/** What each row of the structures view shows for an institution, in a language. */
export function structureOf(data: SiteData, institution: Institution, lang: Locale): InstitutionStructure {
  const t = useTranslations(lang);
  const structure = readCorpus().structures.find((entry) => entry.source === institution.source.id);
  if (!structure) throw new Error(`corpus.json has no structure for ${institution.source.id}`);
  const cite = ({ record: id, part }: StructureCitation): CitationView => {
    const { record } = data.byId.get(id)!;
    const href = paths.page(lang, id);
    if (part === 'lead-in' && record.evidence.lead_in) {
      const { text, lines } = record.evidence.lead_in;
      const key = record.kind === 'organ' ? 'structures.lead-in.organ' : 'structures.lead-in.attribution';
      return {
        href,
        shown: { text, lang: sourceLocale },
        beside: data.leadInTranslation(lang, record.source, text),
        where: t(key, { lines: formatLines(lines, lang) }),
      };
    }
    if (record.kind === 'organ') return { href, shown: data.text(lang, id, 'name', record.name), beside: null, where: null };
    if (record.kind === 'official') {
      const post = data.text(lang, id, 'post', record.post);
      return { href, shown: { text: `${personOf(record)}, ${post.text}`, lang: post.lang }, beside: null, where: null };
    }
    return {
      href,
      shown: data.text(lang, id, 'text', record.text),
      beside: null,
      where: t('structures.where', { what: t(`kind.${record.kind === 'attribution' ? 'attribution' : 'general'}`), lines: formatLines(record.lines, lang) }),
    };
  };
  const rows = Object.fromEntries(
    structure.rows.map((cell) => [cell.row, { status: cell.status, citations: cell.records.map(cite), editor: cell.justification }]),
  ) as Record<StructureRow, CellView>;
  const organs = new Map(institution.organs.map((organ) => [organ.id, organ]));
  const organsOf = new Map<string, TypedOrgan[]>();
  for (const typed of structure.organs) {
    const organ = organs.get(typed.organ)!;
    const list = organsOf.get(typed.type) ?? [];
    list.push({ organ, name: data.text(lang, organ.id, 'name', organ.name), status: typed.status });
    organsOf.set(typed.type, list);
  }
  return { institution, rows, organsOf };
}

/** An official's honorific and name, as written. */
export const personOf = (official: Official) => [official.honorific, official.name].filter(Boolean).join(' ');
