/**
 * A function of a key, computed once per key: the pages of a build ask the same questions many
 * times (a provision's comparables, a theme's attributions, a text's translation, two countries'
 * alignment). What it returns is shared, so it is never changed by those who ask.
 */
export function remembered<V>(compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    if (!known.has(key)) known.set(key, compute(key));
    return known.get(key) as V;
  };
}
