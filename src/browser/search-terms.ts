/**
 * What a search query's words are worth before and after Pagefind sees them. Function words
 * ("de", "la", "the") match nearly every page, so they never carry a result on their own. And
 * Pagefind, given a word it does not know, answers for the longest known word the query starts
 * with ("archvies" for "à"): such a match is recognised and set aside, and the nearest indexed
 * words are offered instead.
 */
import { eng, fra } from 'stopword';
import { fold } from '../core/fold.ts';

const functionWords = new Set([...fra, ...eng].map((word) => fold(word)));

/**
 * A query's terms as typed, split on spaces: those to search for, and those made of function
 * words only ("de", "l’"), left out.
 */
export function queryTerms(query: string): { kept: string[]; dropped: string[] } {
  const terms = query.split(/\s+/).filter((term) => wordsOf(term).length > 0);
  const common = (term: string) => wordsOf(term).every(isFunctionWord);
  return { kept: terms.filter((term) => !common(term)), dropped: terms.filter(common) };
}

/** The word of a term that carries it: its longest that is not a function word ("archives" in "d’archives"). */
export function mainWord(term: string): string {
  return wordsOf(term)
    .filter((word) => !isFunctionWord(word))
    .reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

/** The letters-and-digits runs of a term: "94-202" has two, "l’archive" two. */
function wordsOf(term: string): string[] {
  return term.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A word that says nothing alone: a function word of either language, or a single letter. */
export function isFunctionWord(word: string): boolean {
  const folded = fold(word).trim();
  return /^\p{L}$/u.test(folded) || functionWords.has(folded);
}

/**
 * The words a Pagefind result may have been found by, as written: those of its text at the
 * locations it matched, and those of its title, which Pagefind searches too.
 */
export function matchedWords(fragment: { content: string; locations: number[]; meta: Record<string, string | undefined> }): string[] {
  const words = fragment.content.split(/\s+/);
  return [...fragment.locations.map((at) => words[at] ?? ''), ...(fragment.meta.title ?? '').split(/\s+/)].filter((word) => wordsOf(word).length > 0);
}

/**
 * Whether a word found for a query term really answers it: a word of each, not a function word,
 * the one sharing all the other's letters but an ending (up to four, what stemming takes off
 * "conservations" or "administratifs"), or all of them when the term is being typed ("arch").
 */
export function answers(term: string, found: string): boolean {
  const [terms, founds] = [term, found].map((text) => wordsOf(fold(text)).filter((word) => !isFunctionWord(word)));
  return terms!.some((a) =>
    founds!.some((b) => {
      let common = 0;
      while (common < a.length && a[common] === b[common]) common++;
      return common >= Math.min(a.length, Math.max(3, a.length - 4));
    }),
  );
}

/** The optimal string alignment distance: edits, an adjacent swap ("vi"/"iv") counting as one. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidates nearest to a word the index does not have, closest first and then in the
 * order given, at most `count`: one edit for every four letters at most, and one at least.
 */
export function nearestWords(word: string, candidates: string[], count = 3): string[] {
  const target = fold(word);
  const limit = Math.max(1, Math.floor(target.length / 4));
  const seen = new Map<string, { word: string; distance: number }>();
  for (const candidate of candidates.flatMap(wordsOf)) {
    const key = fold(candidate);
    if (seen.has(key) || key === target || isFunctionWord(candidate)) continue;
    const distance = editDistance(target, key);
    if (distance <= limit) seen.set(key, { word: candidate.toLowerCase(), distance });
  }
  return [...seen.values()]
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map((entry) => entry.word);
}
