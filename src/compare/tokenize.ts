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
