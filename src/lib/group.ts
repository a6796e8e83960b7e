/** Grouping, for the lookups the site and its data build from flat lists. */

/** Items grouped by their key (or keys: an item may belong to several groups), each group in the items' order. */
export function groupBy<T>(items: Iterable<T>, keys: (item: T) => string | string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of [keys(item)].flat()) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
