/**
 * How well the link suggestions find the links the editors reviewed (links.yaml), as
 * `npm run evaluate:links` reports it.
 *
 * Holding a reviewed link out means taking the duty at one of its ends as one nobody has
 * reviewed, and asking the suggester for its counterparts. Its themes are then the
 * classifier's, trained on every other reviewed attribution (leave-one-out, as
 * evaluateClassifier), not the editor's: the editor chose those knowing the link, and the
 * suggester's theme filter would pass the held-out link by construction. Every other
 * attribution keeps the themes compare() gives it (the editor's, or for an unreviewed one the
 * classifier's trained on all the reviewed ones, the held-out duty included: a small leak, and
 * none when, as in the seeds, every attribution is reviewed). The suggester reads no reviewed
 * link, so nothing else changes when the link leaves the editorial data.
 *
 * - recall@k: for each reviewed link and each end, whether the other end is among the k best
 *   candidates of its country for that end's duty;
 * - precision@1: for each attribution, as if none had reviewed links, whether the suggester's
 *   best candidate in each country it has reviewed links with is one of the reviewed links.
 *
 * Only links between two attributions of different countries are measured; the others (an
 * end that is a general provision or not in the corpus) are counted as skipped.
 */
import type { Mission } from '../core/records.ts';
import { trainClassifier } from './classify-themes.ts';
import { vectorise } from './compare.ts';
import type { Editorial } from './editorial.ts';
import { type Comparable, LinkIndex, MIN_SCORE } from './suggest-links.ts';
import { cosine } from './vectors.ts';

/** Which end of a link is held out: the suggester is asked for that end's counterparts. */
export type HeldEnd = 'from' | 'to';

export interface Score {
  hits: number;
  total: number;
  /** hits / total; null when there is nothing to count. */
  rate: number | null;
}

/** A candidate as the suggester ranks it. */
export interface Proposed {
  id: string;
  score: number;
  theme: string;
}

/** A held-out link whose other end is not among the k best candidates of its country. */
export interface LinkMiss {
  /** Index of the link in links.yaml, 0-based. */
  link: number;
  held: HeldEnd;
  duty: string;
  expected: string;
  /** The duty's themes as the classifier proposed them. */
  themes: string[];
  /** The k best candidates of the expected end's country, best first. */
  proposed: Proposed[];
  /** Why the expected end is not among them: ranked lower, or not a candidate at all. */
  reason: 'ranked-lower' | 'no-shared-theme' | 'below-threshold' | 'not-found-by-index';
  /** Rank of the expected end among the candidates of its country (1 for the best); null when it is not one. */
  rank: number | null;
  /** Similarity of the two texts, as the suggester rounds it. */
  score: number;
  /** The expected end's themes. */
  expectedThemes: string[];
}

/** A best candidate that is no reviewed link. */
export interface WrongBest {
  duty: string;
  proposed: Proposed;
  /** The duty's reviewed counterparts in that country, if any. */
  reviewed: string[];
}

export interface SkippedLink {
  link: number;
  from: string;
  to: string;
  reason: 'not-an-attribution' | 'not-in-corpus' | 'same-country';
}

export interface LinkEvaluation {
  k: number;
  /** Reviewed links read. */
  links: number;
  /** Links between two attributions of different countries: the ones measured. */
  evaluated: number;
  skipped: SkippedLink[];
  /** By the end held out, and both together. */
  recall: Record<HeldEnd | 'both', Score>;
  precision: Score;
  /** Duty and country pairs (as precision@1 counts them) for which the suggester has no candidate. */
  unsuggested: number;
  misses: LinkMiss[];
  wrong: WrongBest[];
}

const score = (hits: number, total: number): Score => ({ hits, total, rate: total === 0 ? null : hits / total });

/** Measures the link suggestions against the reviewed links, k candidates deep for recall. */
export function evaluateLinks(missions: Mission[], editorial: Editorial, k = 3): LinkEvaluation {
  const missionById = new Map(missions.map((mission) => [mission.id, mission]));
  const attributions = missions.filter((mission) => mission.kind === 'attribution');
  const { space, vectors, examples } = vectorise(attributions, editorial);
  const classify = trainClassifier(space, editorial.themes, examples);
  const items: Comparable[] = attributions.map((mission) => {
    const reviewed = editorial.assignments[mission.id];
    return {
      id: mission.id,
      country: mission.country,
      vector: vectors.get(mission.id)!,
      themes: reviewed ? reviewed.map(({ theme }) => theme) : classify(vectors.get(mission.id)!).map(({ theme }) => theme),
      reviewed: reviewed !== undefined,
    };
  });
  const itemById = new Map(items.map((item) => [item.id, item]));
  const index = new LinkIndex(items);

  /** A duty as nobody has reviewed it, with the candidates the suggester ranks for it. */
  const asUnreviewed = new Map<string, { themes: string[]; ranked: Proposed[] }>();
  const held = (id: string) => {
    let found = asUnreviewed.get(id);
    if (!found) {
      const item = itemById.get(id)!;
      const themes = item.reviewed
        ? trainClassifier(
            space,
            editorial.themes,
            examples.filter((example) => example.id !== id),
          )(item.vector).map(({ theme }) => theme)
        : item.themes;
      const ranked = index.rank({ ...item, themes, reviewed: false }).map(({ other, score, theme }) => ({ id: other.id, score, theme }));
      found = { themes, ranked };
      asUnreviewed.set(id, found);
    }
    return found;
  };
  const countryOf = (id: string) => itemById.get(id)!.country;

  const skipped: SkippedLink[] = [];
  const measured: Array<{ link: number; from: string; to: string }> = [];
  editorial.links.forEach(({ from, to }, link) => {
    const ends = [missionById.get(from), missionById.get(to)];
    if (ends.some((end) => !end)) skipped.push({ link, from, to, reason: 'not-in-corpus' });
    else if (ends.some((end) => end!.kind !== 'attribution')) skipped.push({ link, from, to, reason: 'not-an-attribution' });
    else if (ends[0]!.country === ends[1]!.country) skipped.push({ link, from, to, reason: 'same-country' });
    else measured.push({ link, from, to });
  });

  const misses: LinkMiss[] = [];
  const hits = { from: 0, to: 0 };
  for (const { link, from, to } of measured) {
    for (const end of ['from', 'to'] as const) {
      const [duty, expected] = end === 'from' ? [from, to] : [to, from];
      const { themes, ranked } = held(duty);
      const inCountry = ranked.filter((candidate) => countryOf(candidate.id) === countryOf(expected));
      const at = inCountry.findIndex((candidate) => candidate.id === expected);
      if (at !== -1 && at < k) {
        hits[end] += 1;
        continue;
      }
      const other = itemById.get(expected)!;
      const similarity = Math.round(cosine(itemById.get(duty)!.vector, other.vector) * 1000) / 1000;
      misses.push({
        link,
        held: end,
        duty,
        expected,
        themes,
        proposed: inCountry.slice(0, k).map(({ id, score, theme }) => ({ id, score, theme })),
        reason:
          at !== -1
            ? 'ranked-lower'
            : !themes.some((theme) => other.themes.includes(theme))
              ? 'no-shared-theme'
              : similarity < MIN_SCORE
                ? 'below-threshold'
                : 'not-found-by-index',
        rank: at === -1 ? null : at + 1,
        score: similarity,
        expectedThemes: other.themes,
      });
    }
  }

  // precision@1: every attribution of a country with reviewed links, towards each country it has them with.
  const reviewedPairs = new Set(measured.flatMap(({ from, to }) => [`${from} ${to}`, `${to} ${from}`]));
  const partners = new Map<string, Set<string>>();
  for (const { from, to } of measured) {
    for (const [a, b] of [
      [countryOf(from), countryOf(to)],
      [countryOf(to), countryOf(from)],
    ] as const) {
      const set = partners.get(a) ?? new Set<string>();
      set.add(b);
      partners.set(a, set);
    }
  }
  const wrong: WrongBest[] = [];
  let correct = 0;
  let suggested = 0;
  let unsuggested = 0;
  for (const item of items) {
    for (const country of [...(partners.get(item.country) ?? [])].sort()) {
      const best = held(item.id).ranked.find((candidate) => countryOf(candidate.id) === country);
      if (!best) {
        unsuggested += 1;
        continue;
      }
      suggested += 1;
      if (reviewedPairs.has(`${item.id} ${best.id}`)) correct += 1;
      else
        wrong.push({
          duty: item.id,
          proposed: { id: best.id, score: best.score, theme: best.theme },
          reviewed: measured.flatMap(({ from, to }) => (from === item.id ? [to] : to === item.id ? [from] : [])).filter((id) => countryOf(id) === country),
        });
    }
  }

  return {
    k,
    links: editorial.links.length,
    evaluated: measured.length,
    skipped,
    recall: { from: score(hits.from, measured.length), to: score(hits.to, measured.length), both: score(hits.from + hits.to, 2 * measured.length) },
    precision: score(correct, suggested),
    unsuggested,
    misses,
    wrong,
  };
}
