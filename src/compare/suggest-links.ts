/**
 * Link suggestions for attributions nobody has reviewed: the most similar attribution of each
 * other country that shares one of its themes. Candidates come from an inverted index of stems
 * (only the query's weightiest stems, at most MAX_POSTINGS entries of each posting list), never
 * from all pairs, so the cost grows linearly with the number of attributions.
 */
import type { CrossLink, Theme } from '../core/records.ts';
import { cosine, type Vector } from './vectors.ts';

// Both measured by `npm run evaluate:links`: short legal texts share few words, and a duty's
// eight weightiest stems were often absent from its reviewed counterpart.
const QUERY_STEMS = 16;
const MAX_POSTINGS = 400;
const CANDIDATES = 30;
/** The least similarity of a suggested link. */
export const MIN_SCORE = 0.08;
const EQUIVALENT_SCORE = 0.6;

export interface Comparable {
  id: string;
  country: string;
  vector: Vector;
  /** Themes, main first. */
  themes: string[];
  reviewed: boolean;
}

/**
 * An attribution of another country that an item could be linked to: the theme both share (the
 * item's first that the other carries) and the similarity of their texts.
 */
export interface Candidate {
  other: Comparable;
  score: number;
  theme: string;
}

/**
 * The inverted index of stems over the items, built once; `candidates` gives one item's
 * candidates as the index finds them, `rank` the same best first. The link suggestions keep the
 * best of each other country; their evaluation (evaluate-links.ts) reads further down the ranking.
 */
export class LinkIndex {
  readonly items: Comparable[];
  private readonly postings = new Map<string, number[]>();

  constructor(items: Comparable[]) {
    this.items = items;
    items.forEach((item, index) => {
      for (const stem of item.vector.keys()) {
        const list = this.postings.get(stem) ?? [];
        list.push(index);
        this.postings.set(stem, list);
      }
    });
  }

  /**
   * The candidates of an item in the other countries: of the CANDIDATES attributions sharing
   * most of its weightiest stems (in that order), those that carry one of its themes and reach
   * MIN_SCORE. The item need not be one of the indexed items, nor carry the themes they know it by.
   */
  candidates(item: Comparable): Candidate[] {
    const hits = new Map<number, number>();
    const weightiest = [...item.vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, QUERY_STEMS);
    for (const [stem] of weightiest) {
      const list = this.postings.get(stem) ?? [];
      // A long posting list is read at even steps, MAX_POSTINGS entries at most: bounded work per query.
      const step = Math.ceil(list.length / MAX_POSTINGS);
      for (let at = 0; at < list.length; at += step) {
        const index = list[at]!;
        if (this.items[index]!.country !== item.country) hits.set(index, (hits.get(index) ?? 0) + 1);
      }
    }
    const candidates = [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES);
    const found: Candidate[] = [];
    for (const [index] of candidates) {
      const other = this.items[index]!;
      const theme = item.themes.find((candidate) => other.themes.includes(candidate));
      if (!theme) continue;
      const score = Math.round(cosine(item.vector, other.vector) * 1000) / 1000;
      if (score >= MIN_SCORE) found.push({ other, score, theme });
    }
    return found;
  }

  /** The candidates of an item, best first: by score, then id. */
  rank(item: Comparable): Candidate[] {
    return this.candidates(item).sort((a, b) => b.score - a.score || (a.other.id < b.other.id ? -1 : a.other.id > b.other.id ? 1 : 0));
  }
}

/** Suggested links from each unreviewed attribution to its best match in each other country. */
export function suggestLinks(items: Comparable[], themes: Map<string, Theme>): Array<Omit<CrossLink, 'shared'>> {
  const index = new LinkIndex(items);
  const links = new Map<string, Omit<CrossLink, 'shared'>>();
  for (const item of items) {
    if (item.reviewed) continue;
    const best = new Map<string, Candidate>();
    for (const candidate of index.candidates(item)) {
      const { other, score } = candidate;
      const current = best.get(other.country);
      if (!current || score > current.score || (score === current.score && other.id < current.other.id)) best.set(other.country, candidate);
    }
    for (const { other, score, theme } of best.values()) {
      const [from, to] = item.id < other.id ? [item.id, other.id] : [other.id, item.id];
      const label = themes.get(theme)!.label;
      const link: Omit<CrossLink, 'shared'> = {
        from,
        to,
        relation: score >= EQUIVALENT_SCORE ? 'equivalent' : 'partial',
        theme,
        rationale: {
          fr: `Proposé automatiquement : les deux dispositions relèvent du thème « ${label.fr} » et emploient des termes proches (similarité ${score.toFixed(2)}).`,
          en: `Suggested automatically: both provisions fall under “${label.en}” and use similar terms (similarity ${score.toFixed(2)}).`,
        },
        status: 'suggested',
        score,
      };
      const key = `${from} ${to}`;
      if (!links.has(key) || links.get(key)!.score! < score) links.set(key, link);
    }
  }
  return [...links.values()];
}
