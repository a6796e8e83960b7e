/**
 * The theme classifier: proposes themes for an attribution nobody has reviewed. Each theme is
 * the centroid of its reviewed attributions and of its own French label and definition (so a
 * theme with no example yet can still be proposed); an attribution takes the nearest theme, and
 * any other within SECOND_THEME of it, at most MAX_THEMES.
 */
import type { Theme } from '../schemas.ts';
import { cosine, normalise, sum, type Vector, type VectorSpace } from './vectors.ts';

const SECOND_THEME = 0.85;
const MAX_THEMES = 2;

export interface Example {
  text: string;
  themes: string[];
}

export type ThemeClassifier = (text: string) => Array<{ theme: string; score: number }>;

/** Trains on reviewed examples; returns a function proposing ranked themes for a text. */
export function trainClassifier(space: VectorSpace, themes: Theme[], examples: Example[]): ThemeClassifier {
  const centroids = new Map<string, Vector>(
    themes.map((theme) => [
      theme.id,
      normalise(sum([space.vector(`${theme.label.fr}. ${theme.definition.fr}`), ...examples.filter((example) => example.themes.includes(theme.id)).map((example) => space.vector(example.text))])),
    ]),
  );
  return (text) => {
    const vector = space.vector(text);
    const ranked = [...centroids]
      .map(([theme, centroid]) => ({ theme, score: Math.round(cosine(vector, centroid) * 1000) / 1000 }))
      .sort((a, b) => b.score - a.score || (a.theme < b.theme ? -1 : 1));
    const best = ranked[0];
    if (!best || best.score === 0) return [];
    return ranked.filter((candidate) => candidate.score >= best.score * SECOND_THEME).slice(0, MAX_THEMES);
  };
}

/**
 * Leave-one-out accuracy on reviewed examples: each is classified by a classifier trained on
 * all the others; it counts when the main proposed theme is among the reviewed ones.
 */
export function evaluateClassifier(space: VectorSpace, themes: Theme[], examples: Example[]): { correct: number; total: number; accuracy: number } {
  let correct = 0;
  examples.forEach((example, index) => {
    const classify = trainClassifier(space, themes, examples.filter((_, other) => other !== index));
    const main = classify(example.text)[0]?.theme;
    if (main && example.themes.includes(main)) correct += 1;
  });
  return { correct, total: examples.length, accuracy: examples.length === 0 ? 0 : Math.round((correct / examples.length) * 1000) / 1000 };
}
