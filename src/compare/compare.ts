/**
 * The comparison of a corpus: every attribution's themes (reviewed where an editor assigned
 * them, suggested by the classifier otherwise), the cross-links (reviewed from the editorial
 * data between attributions and general provisions, suggested for unreviewed attributions),
 * each with the words its two texts share, and the provisions reviewed as having no counterpart.
 * Editorial entries for records no longer in the corpus are reported, not fatal: a re-captured
 * source may have moved them. So is a provision of a reviewed source that is neither linked to
 * another reviewed country nor said to have no counterpart there.
 */
import type { CrossLink, Mission, NoCounterpart, Theme, ThemeAssignment } from '../core/records.ts';
import { type Example, themeSpace, trainClassifier } from './classify-themes.ts';
import type { Editorial, EditorialWarning } from './editorial.ts';
import { type Comparable, suggestLinks } from './suggest-links.ts';
import { sharedWording, stemmedWords } from './tokenize.ts';
import type { Vector, VectorSpace } from './vectors.ts';

export interface Comparison {
  themes: Theme[];
  assignments: ThemeAssignment[];
  links: CrossLink[];
  unmatched: NoCounterpart[];
  /** What is amiss in the editorial data, entry by entry. */
  warnings: EditorialWarning[];
}

/**
 * The theme space of the attributions, each one's vector in it, and the reviewed ones as the
 * classifier's examples (in corpus order): what the themes and the link suggestions are
 * computed from, here and in the evaluation of the suggestions.
 */
export function vectorise(
  attributions: Mission[],
  editorial: Editorial,
): { space: VectorSpace; vectors: Map<string, Vector>; examples: Array<Example & { id: string }> } {
  const space = themeSpace(
    attributions.map((mission) => mission.text),
    editorial.themes,
  );
  // Each text's vector is computed once: for training, for classifying, for the link suggestions.
  const vectors = new Map(attributions.map((mission) => [mission.id, space.vector(mission.text)]));
  const examples = attributions
    .filter((mission) => editorial.assignments[mission.id])
    .map((mission) => ({ id: mission.id, vector: vectors.get(mission.id)!, themes: editorial.assignments[mission.id]!.map(({ theme }) => theme) }));
  return { space, vectors, examples };
}

/** Themes and links for the attributions and general provisions among the missions. */
export function compare(missions: Mission[], editorial: Editorial): Comparison {
  const attributions = missions.filter((mission) => mission.kind === 'attribution');
  const byId = new Map(attributions.map((mission) => [mission.id, mission]));
  const provisions = new Map(missions.map((mission) => [mission.id, mission]));
  const warnings: EditorialWarning[] = [];
  const { space, vectors, examples } = vectorise(attributions, editorial);
  const classify = trainClassifier(space, editorial.themes, examples);

  const assignments: ThemeAssignment[] = [];
  const themesOf = new Map<string, string[]>();
  for (const mission of attributions) {
    const editorialThemes = editorial.assignments[mission.id];
    const found = editorialThemes
      ? editorialThemes.map(({ theme, justification }, index) => ({
          attribution: mission.id,
          theme,
          rank: index + 1,
          status: 'reviewed' as const,
          justification,
          score: null,
        }))
      : classify(vectors.get(mission.id)!).map(({ theme, score }, index) => ({
          attribution: mission.id,
          theme,
          rank: index + 1,
          status: 'suggested' as const,
          justification: null,
          score,
        }));
    assignments.push(...found);
    themesOf.set(
      mission.id,
      found.map(({ theme }) => theme),
    );
  }
  for (const id of Object.keys(editorial.assignments)) {
    if (!byId.has(id))
      warnings.push({
        file: 'assignments.yaml',
        attribution: id,
        ruleId: 'unknown-attribution',
        message: `no attribution \`${id}\` in the corpus; update or remove its entry`,
      });
  }

  const links: CrossLink[] = [];
  // A text is in many links (every suggestion of every other country): its words are read once.
  const words = new Map<string, ReturnType<typeof stemmedWords>>();
  const wordsOf = (id: string) => {
    if (!words.has(id)) words.set(id, stemmedWords(provisions.get(id)!.text));
    return words.get(id)!;
  };
  const shared = (from: string, to: string) => sharedWording(wordsOf(from), wordsOf(to));
  editorial.links.forEach((link, index) => {
    const [from, to] = [provisions.get(link.from), provisions.get(link.to)];
    const warn = (ruleId: string, message: string) =>
      warnings.push({ file: 'links.yaml', link: index, ruleId, message: `${link.from} → ${link.to}: ${message}` });
    if (!from || !to) warn('unknown-attribution', `${!from ? link.from : link.to} is not in the corpus; update or remove the link`);
    else if (from.country === to.country) warn('same-country', `both are of ${from.country}; links compare countries`);
    else links.push({ ...link, status: 'reviewed', score: null, shared: shared(link.from, link.to) });
  });
  const comparables: Comparable[] = attributions.map((mission) => ({
    id: mission.id,
    country: mission.country,
    vector: vectors.get(mission.id)!,
    themes: themesOf.get(mission.id) ?? [],
    reviewed: editorial.assignments[mission.id] !== undefined,
  }));
  // Appended one by one: a spread of tens of thousands of suggestions would overflow the stack.
  for (const link of suggestLinks(comparables, new Map(editorial.themes.map((theme) => [theme.id, theme]))))
    links.push({ ...link, shared: shared(link.from, link.to) });

  links.sort((a, b) => (a.from === b.from ? (a.to < b.to ? -1 : 1) : a.from < b.from ? -1 : 1));
  const unmatched = checkAlignment(missions, provisions, editorial, links, warnings);
  return { themes: editorial.themes, assignments, links, unmatched, warnings };
}

/**
 * The no-counterpart entries that hold (their provision exists, in another country than the
 * one named, and is not linked to it); a warning for each that does not, and for each
 * provision of a reviewed source that is neither linked to a reviewed country nor said to have
 * no counterpart there. A source is reviewed when an editor has assigned the themes of all its
 * attributions.
 */
function checkAlignment(
  missions: Mission[],
  provisions: Map<string, Mission>,
  editorial: Editorial,
  links: CrossLink[],
  warnings: EditorialWarning[],
): NoCounterpart[] {
  const bySource = Map.groupBy(missions, (mission) => mission.source);
  const reviewed = [...bySource.values()]
    .filter(
      (own) =>
        own.some((mission) => mission.kind === 'attribution') && own.every((mission) => mission.kind !== 'attribution' || editorial.assignments[mission.id]),
    )
    .flat();
  const countries = [...new Set(reviewed.map((mission) => mission.country))].sort();
  // Where each provision has a reviewed counterpart: "id country".
  const linked = new Set(
    links
      .filter((link) => link.status === 'reviewed')
      .flatMap((link) => [`${link.from} ${provisions.get(link.to)!.country}`, `${link.to} ${provisions.get(link.from)!.country}`]),
  );
  const unmatched: NoCounterpart[] = [];
  editorial.unmatched.forEach((entry, index) => {
    const mission = provisions.get(entry.record);
    const warn = (ruleId: string, message: string) =>
      warnings.push({ file: 'no-counterpart.yaml', entry: index, ruleId, message: `${entry.record}: ${message}` });
    if (!mission) warn('unknown-attribution', 'not in the corpus; update or remove the entry');
    else if (mission.country === entry.country) warn('same-country', `is of ${entry.country}; say in which other country it has no counterpart`);
    else if (linked.has(`${entry.record} ${entry.country}`))
      warn('linked-and-unmatched', `is linked to a provision of ${entry.country} in links.yaml; remove the link or this entry`);
    else unmatched.push(entry);
  });
  const declared = new Set(unmatched.map((entry) => `${entry.record} ${entry.country}`));
  for (const mission of reviewed) {
    for (const country of countries) {
      if (country === mission.country || linked.has(`${mission.id} ${country}`) || declared.has(`${mission.id} ${country}`)) continue;
      warnings.push({
        file: 'no-counterpart.yaml',
        entry: null,
        ruleId: 'not-aligned',
        message: `${mission.id} (${mission.kind} ${mission.ordinal}) has no reviewed counterpart in ${country}: link it in links.yaml, or add an entry here saying why it has none`,
      });
    }
  }
  return unmatched;
}
