/**
 * TF-IDF vectors over stems, with cosine similarity: the measure both the theme classifier and
 * the link suggestions use. Built once over all attributions; sparse, as maps.
 */
import { tokenize } from './tokenize.ts';

export type Vector = Map<string, number>;

export class VectorSpace {
  private readonly documentFrequency = new Map<string, number>();
  private documents = 0;

  /** Counts the stems of every document, for the inverse document frequencies. */
  constructor(texts: Iterable<string>) {
    for (const text of texts) {
      this.documents += 1;
      for (const stem of new Set(tokenize(text))) this.documentFrequency.set(stem, (this.documentFrequency.get(stem) ?? 0) + 1);
    }
  }

  /** The unit-length TF-IDF vector of a text. */
  vector(text: string): Vector {
    const counts = new Map<string, number>();
    for (const stem of tokenize(text)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    const vector: Vector = new Map();
    for (const [stem, count] of counts) {
      const idf = Math.log((1 + this.documents) / (1 + (this.documentFrequency.get(stem) ?? 0))) + 1;
      vector.set(stem, count * idf);
    }
    return normalise(vector);
  }
}

/** Scales a vector to unit length (a zero vector stays zero). */
export function normalise(vector: Vector): Vector {
  const length = Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0));
  if (length === 0) return vector;
  return new Map([...vector].map(([key, value]) => [key, value / length]));
}

/** Adds vectors (for a centroid). */
export function sum(vectors: Vector[]): Vector {
  const total: Vector = new Map();
  for (const vector of vectors) for (const [key, value] of vector) total.set(key, (total.get(key) ?? 0) + value);
  return total;
}

/** Cosine of two unit vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, value] of small) dot += value * (large.get(key) ?? 0);
  return dot;
}
