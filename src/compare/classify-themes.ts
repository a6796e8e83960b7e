/**
 * The theme classifier: proposes themes for an attribution nobody has reviewed. Each theme is
 * the centroid of its reviewed attributions and of its own French label and definition (so a
 * theme with no example yet can still be proposed); an attribution takes the nearest theme, and
 * any other within SECOND_THEME of it, at most MAX_THEMES.
 */
import type { Mission, Theme } from '../core/records.ts';
import type { Editorial } from './editorial.ts';
import { cosine, normalise, sum, type Vector, VectorSpace } from './vectors.ts';

const SECOND_THEME = 0.85;
const MAX_THEMES = 2;

export interface Example {
  vector: Vector;
  themes: string[];
}

export type ThemeClassifier = (vector: Vector) => Array<{ theme: string; score: number }>;

/** The text a theme is known by before any example: its French label and definition. */
const themeText = (theme: Theme) => `${theme.label.fr}. ${theme.definition.fr}`;

/** The vector space of a set of attributions and of the themes they are classed under. */
export function themeSpace(texts: string[], themes: Theme[]): VectorSpace {
  return new VectorSpace([...texts, ...themes.map(themeText)]);
}

/** Trains on reviewed examples; returns a function proposing ranked themes for a vector. */
export function trainClassifier(space: VectorSpace, themes: Theme[], examples: Example[]): ThemeClassifier {
  const centroids = new Map<string, Vector>(
    themes.map((theme) => [
      theme.id,
      normalise(sum([space.vector(themeText(theme)), ...examples.filter((example) => example.themes.includes(theme.id)).map((example) => example.vector)])),
    ]),
  );
  return (vector) => {
    const ranked = [...centroids]
      .map(([theme, centroid]) => ({ theme, score: Math.round(cosine(vector, centroid) * 1000) / 1000 }))
      .sort((a, b) => b.score - a.score || (a.theme < b.theme ? -1 : 1));
    const best = ranked[0];
    if (!best || best.score === 0) return [];
    return ranked.filter((candidate) => candidate.score >= best.score * SECOND_THEME).slice(0, MAX_THEMES);
  };
}

/**
 * Leave-one-out accuracy on the reviewed attributions: each is classified by a classifier
 * trained on all the others; it counts when the main proposed theme is among the reviewed ones.
 */
export function evaluateClassifier(missions: Mission[], editorial: Editorial): { correct: number; total: number; accuracy: number } {
  const reviewed = missions.filter((mission) => mission.kind === 'attribution' && editorial.assignments[mission.id]);
  const space = themeSpace(
    reviewed.map((mission) => mission.text),
    editorial.themes,
  );
  const examples = reviewed.map((mission) => ({ vector: space.vector(mission.text), themes: editorial.assignments[mission.id]!.map(({ theme }) => theme) }));
  let correct = 0;
  examples.forEach((example, index) => {
    const classify = trainClassifier(
      space,
      editorial.themes,
      examples.filter((_, other) => other !== index),
    );
    const main = classify(example.vector)[0]?.theme;
    if (main && example.themes.includes(main)) correct += 1;
  });
  return { correct, total: examples.length, accuracy: examples.length === 0 ? 0 : Math.round((correct / examples.length) * 1000) / 1000 };
}
