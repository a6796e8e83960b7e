/**
 * Who stands where in an institution's organisation chart, read from its records: the head, the
 * deputies who second the head, and the units under them. Decided from the post a record names
 * (its `position`, set at ingestion), never from the country.
 */
import type { Official, Organ, Position } from '../core/records.ts';

const headPosts: ReadonlySet<Position> = new Set(['secretary-general', 'permanent-secretary']);
const deputyPosts: ReadonlySet<Position> = new Set(['deputy-secretary-general', 'deputy-permanent-secretary']);

/** The records of a chart, each drawn as one box that links to its page. */
export interface ChartPlan {
  head: Organ | Official;
  deputies: Array<Organ | Official>;
  units: Organ[];
}

/**
 * The chart of a composition: the head is the organ that is the post of Secrétaire général (or
 * Secrétaire permanent), else the official who holds it; the deputies are the organs that are its
 * deputy's post, else the officials who hold it; every other organ is a unit, in source order.
 * Null where no record names the head: no chart is drawn then.
 */
export function chartPlan(organs: Organ[], officials: Official[]): ChartPlan | null {
  const holding = (posts: ReadonlySet<Position>) => {
    const named = organs.filter((organ) => organ.position !== null && posts.has(organ.position));
    return named.length > 0 ? named : officials.filter((official) => posts.has(official.position));
  };
  const [head] = holding(headPosts);
  if (head === undefined) return null;
  const deputies = holding(deputyPosts);
  const placed = new Set<Organ | Official>([head, ...deputies]);
  return { head, deputies, units: organs.filter((organ) => !placed.has(organ)) };
}
