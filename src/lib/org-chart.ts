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
  /** Null where no record names the head: the Secrétariat itself heads the chart then. */
  head: Organ | Official | null;
  deputies: Array<Organ | Official>;
  units: Organ[];
}

/**
 * The chart of a composition: the head is the organ that is the post of Secrétaire général (or
 * Secrétaire permanent), else the official who holds it; the deputies are the organs that are its
 * deputy's post, else the officials who hold it; every other organ is a unit, in source order.
 * Where no record names the head, the head is null: the chart is headed by the Secrétariat itself.
 */
export function chartPlan(organs: Organ[], officials: Official[]): ChartPlan {
  const holding = (posts: ReadonlySet<Position>) => {
    const named = organs.filter((organ) => organ.position !== null && posts.has(organ.position));
    return named.length > 0 ? named : officials.filter((official) => posts.has(official.position));
  };
  const [head = null] = holding(headPosts);
  const deputies = holding(deputyPosts);
  const placed = new Set<Organ | Official | null>([head, ...deputies]);
  return { head, deputies, units: organs.filter((organ) => !placed.has(organ)) };
}
