/**
 * The alignment of two countries: every link between their attributions and general
 * provisions, seen from the first country, the provisions an editor found without counterpart
 * in the other, those nobody has aligned yet, and how far each country is covered. The site's
 * alignment page and /data/alignments/ are both made from it.
 */
import { paths } from '../core/paths.ts';
import { remembered } from '../core/remembered.ts';
import { type Corpus, type CrossLink, inverse, type Mission } from '../core/records.ts';
import { toCsv } from './csv.ts';
import { type Alignment, AlignmentRow } from './published.ts';

/** A link seen from the first country: its provision first, the relation read from it. */
export interface AlignedLink extends Omit<CrossLink, 'from' | 'to'> {
  from: Mission;
  to: Mission;
}

export interface PairAlignment {
  countries: [string, string];
  links: AlignedLink[];
  unmatched: Array<{ provision: Mission; reason: CrossLink['rationale'] }>;
  unaligned: Mission[];
  coverage: Alignment['coverage'];
}

/** Every two countries of the corpus, each pair once, codes in alphabetical order. */
export function countryPairs(corpus: Pick<Corpus, 'missions'>): Array<[string, string]> {
  const countries = [...new Set(corpus.missions.map((mission) => mission.country))].sort();
  return countries.flatMap((a, index) => countries.slice(index + 1).map((b): [string, string] => [a, b]));
}

/** Where a pair's alignment is published. */
export const alignmentPath = ([a, b]: [string, string], extension: 'json' | 'csv') => `/data/alignments/${a.toLowerCase()}-${b.toLowerCase()}.${extension}`;

/** Each corpus's alignments by pair, made once: the data files and the page in each language ask for them. */
const aligned = new WeakMap<object, (pair: string) => PairAlignment>();

/** The alignment of two countries, from the corpus (shared: never changed by those who ask). */
export function alignPair(corpus: Pick<Corpus, 'missions' | 'links' | 'unmatched'>, countries: [string, string]): PairAlignment {
  let align = aligned.get(corpus);
  if (!align) {
    align = remembered((pair) => alignment(corpus, pair.split(' ') as [string, string]));
    aligned.set(corpus, align);
  }
  return align(countries.join(' '));
}

function alignment(corpus: Pick<Corpus, 'missions' | 'links' | 'unmatched'>, countries: [string, string]): PairAlignment {
  const [a, b] = countries;
  const provisions = corpus.missions.filter((mission) => mission.country === a || mission.country === b);
  const byId = new Map(provisions.map((mission) => [mission.id, mission]));
  // Text order within each country: sources by id, provisions by line.
  const order = new Map(
    [...provisions]
      .sort((x, y) => (x.country !== y.country ? (x.country === a ? -1 : 1) : x.source !== y.source ? (x.source < y.source ? -1 : 1) : x.lines[0] - y.lines[0]))
      .map((mission, index) => [mission.id, index]),
  );
  const links: AlignedLink[] = [];
  for (const link of corpus.links) {
    const [from, to] = [byId.get(link.from), byId.get(link.to)];
    if (!from || !to || from.country === to.country) continue;
    links.push(
      from.country === a
        ? { ...link, from, to }
        : { ...link, from: to, to: from, relation: inverse(link.relation), shared: { from: link.shared.to, to: link.shared.from } },
    );
  }
  links.sort((x, y) => order.get(x.from.id)! - order.get(y.from.id)! || order.get(x.to.id)! - order.get(y.to.id)!);
  const unmatched = corpus.unmatched
    .filter((entry) => byId.has(entry.record) && (entry.country === a || entry.country === b) && byId.get(entry.record)!.country !== entry.country)
    .map((entry) => ({ provision: byId.get(entry.record)!, reason: entry.reason }))
    .sort((x, y) => order.get(x.provision.id)! - order.get(y.provision.id)!);
  const linked = new Set(links.filter((link) => link.status === 'reviewed').flatMap((link) => [link.from.id, link.to.id]));
  const declared = new Set(unmatched.map((entry) => entry.provision.id));
  const unaligned = provisions.filter((mission) => !linked.has(mission.id) && !declared.has(mission.id)).sort((x, y) => order.get(x.id)! - order.get(y.id)!);
  const coverage = countries.map((country) => {
    const own = provisions.filter((mission) => mission.country === country);
    return {
      country,
      provisions: own.length,
      linked: own.filter((mission) => linked.has(mission.id)).length,
      unmatched: own.filter((mission) => declared.has(mission.id)).length,
      unaligned: own.filter((mission) => !linked.has(mission.id) && !declared.has(mission.id)).length,
    };
  });
  return { countries, links, unmatched, unaligned, coverage };
}

/** The published form of a provision. */
const provisionOf = (mission: Mission, site: URL | string) => ({
  id: mission.id,
  country: mission.country,
  kind: mission.kind,
  ordinal: mission.ordinal,
  text: mission.text,
  url: new URL(paths.page('fr', mission.id), site).href,
});

/** The words of a text at some ranges. */
const wordsAt = (text: string, ranges: Array<[number, number]>) => ranges.map(([start, end]) => text.slice(start, end));

/** /data/alignments/<a>-<b>.json, without its "$schema". */
export function alignmentFile(pair: PairAlignment, site: URL | string): Omit<Alignment, '$schema'> {
  return {
    countries: pair.countries,
    links: pair.links.map((link) => ({
      from: provisionOf(link.from, site),
      to: provisionOf(link.to, site),
      relation: link.relation,
      theme: link.theme,
      rationale: link.rationale,
      status: link.status,
      score: link.score,
      shared: { from: wordsAt(link.from.text, link.shared.from), to: wordsAt(link.to.text, link.shared.to) },
    })),
    unmatched: pair.unmatched.map((entry) => ({ provision: provisionOf(entry.provision, site), reason: entry.reason })),
    unaligned: pair.unaligned.map((mission) => provisionOf(mission, site)),
    coverage: pair.coverage,
  };
}

/** The rows of /data/alignments/<a>-<b>.csv: the links, then the provisions without counterpart. */
export function alignmentRows(pair: PairAlignment): AlignmentRow[] {
  const side = (prefix: 'a' | 'b', mission: Mission | null) => ({
    [`${prefix}_id`]: mission?.id ?? null,
    [`${prefix}_kind`]: mission?.kind ?? null,
    [`${prefix}_ordinal`]: mission?.ordinal ?? null,
    [`${prefix}_text`]: mission?.text ?? null,
  });
  return [
    ...pair.links.map((link) =>
      AlignmentRow.parse({
        row: 'link',
        ...side('a', link.from),
        relation: link.relation,
        theme: link.theme,
        ...side('b', link.to),
        note_fr: link.rationale.fr,
        note_en: link.rationale.en,
        status: link.status,
        score: link.score,
      }),
    ),
    ...pair.unmatched.map(({ provision, reason }) =>
      AlignmentRow.parse({
        row: 'no-counterpart',
        ...side('a', provision.country === pair.countries[0] ? provision : null),
        relation: null,
        theme: null,
        ...side('b', provision.country === pair.countries[1] ? provision : null),
        note_fr: reason.fr,
        note_en: reason.en,
        status: 'reviewed',
        score: null,
      }),
    ),
  ];
}

/** The CSV text. */
export const alignmentCsv = (rows: AlignmentRow[]): string => toCsv(rows, AlignmentRow);
