/**
 * The comparison of a corpus: every attribution's themes (reviewed where an editor assigned
 * them, suggested by the classifier otherwise) and the cross-links (reviewed from the editorial
 * data, suggested for unreviewed attributions). Editorial entries for records no longer in the
 * corpus are reported, not fatal: a re-captured source may have moved them.
 */
import type { CrossLink, Mission, Theme, ThemeAssignment } from '../core/records.ts';
import { type Example, themeSpace, trainClassifier } from './classify-themes.ts';
import type { Editorial, EditorialWarning } from './editorial.ts';
import { type Comparable, suggestLinks } from './suggest-links.ts';
import type { Vector, VectorSpace } from './vectors.ts';

export interface Comparison {
  themes: Theme[];
  assignments: ThemeAssignment[];
  links: CrossLink[];
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

/** Themes and links for the attributions among the missions. */
export function compare(missions: Mission[], editorial: Editorial): Comparison {
  const attributions = missions.filter((mission) => mission.kind === 'attribution');
  const byId = new Map(attributions.map((mission) => [mission.id, mission]));
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
  editorial.links.forEach((link, index) => {
    const [from, to] = [byId.get(link.from), byId.get(link.to)];
    const warn = (ruleId: string, message: string) =>
      warnings.push({ file: 'links.yaml', link: index, ruleId, message: `${link.from} → ${link.to}: ${message}` });
    if (!from || !to) warn('unknown-attribution', `${!from ? link.from : link.to} is not in the corpus; update or remove the link`);
    else if (from.country === to.country) warn('same-country', `both are of ${from.country}; links compare countries`);
    else links.push({ ...link, status: 'reviewed', score: null });
  });
  const comparables: Comparable[] = attributions.map((mission) => ({
    id: mission.id,
    country: mission.country,
    vector: vectors.get(mission.id)!,
    themes: themesOf.get(mission.id) ?? [],
    reviewed: editorial.assignments[mission.id] !== undefined,
  }));
  // Appended one by one: a spread of tens of thousands of suggestions would overflow the stack.
  for (const link of suggestLinks(comparables, new Map(editorial.themes.map((theme) => [theme.id, theme])))) links.push(link);

  links.sort((a, b) => (a.from === b.from ? (a.to < b.to ? -1 : 1) : a.from < b.from ? -1 : 1));
  return { themes: editorial.themes, assignments, links, warnings };
}
