/** Grouping where an item belongs to several groups; `Map.groupBy` serves for one key. */

/** Items under each of their keys (a link under both its ends), each group in the items' order. */
export function groupByEach<T>(items: Iterable<T>, keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
