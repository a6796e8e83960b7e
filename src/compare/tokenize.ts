/**
 * French-aware tokens for comparing texts: lower case, elided articles split off ("l’autorité"),
 * stop words dropped, Snowball French stems, accents folded. "Coordonne", "coordonner" and
 * "coordination" meet at nearby stems; "le", "des", "à" never count.
 */
import { newStemmer } from 'snowball-stemmers';
import { fra } from 'stopword';
import { fold } from '../core/fold.ts';

const stemmer = newStemmer('french');
const stopWords = new Set([...fra, 'ministre', 'ministere', 'departement', 'secretariat', 'general', 'generale']);

// A corpus repeats a small vocabulary many times: each word is stemmed once (null: not counted).
const stems = new Map<string, string | null>();

/** The stem of a word, or null for a stop word or a lone character. */
function stemOf(word: string): string | null {
  if (!stems.has(word)) {
    const counted = word.length >= 2 && !stopWords.has(word) && !stopWords.has(fold(word).trim());
    stems.set(word, counted ? fold(stemmer.stem(word)) : null);
  }
  return stems.get(word)!;
}

/** The stems of a French text. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map(stemOf)
    .filter((stem) => stem !== null);
}

/** The words of a French text that count, each with its stem and where it stands. */
export function stemmedWords(text: string): Array<{ stem: string; start: number; end: number }> {
  const words: Array<{ stem: string; start: number; end: number }> = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const stem = stemOf(match[0].toLowerCase());
    if (stem !== null) words.push({ stem, start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** The words two texts share (the same stem), as character ranges of each; the texts given by their `stemmedWords`. */
export function sharedWording(
  first: ReturnType<typeof stemmedWords>,
  second: ReturnType<typeof stemmedWords>,
): { from: Array<[number, number]>; to: Array<[number, number]> } {
  const [inFirst, inSecond] = [new Set(first.map((word) => word.stem)), new Set(second.map((word) => word.stem))];
  const ranges = (words: typeof first, other: Set<string>) =>
    words.filter((word) => other.has(word.stem)).map((word): [number, number] => [word.start, word.end]);
  return { from: ranges(first, inSecond), to: ranges(second, inFirst) };
}
