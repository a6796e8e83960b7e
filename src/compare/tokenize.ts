/**
 * French-aware tokens for comparing texts: lower case, elided articles split off ("l’autorité"),
 * stop words dropped, Snowball French stems, accents folded. "Coordonne", "coordonner" and
 * "coordination" meet at nearby stems; "le", "des", "à" never count.
 */
import { newStemmer } from 'snowball-stemmers';
import { fra } from 'stopword';
import { fold } from '../ingest/tree.ts';

const stemmer = newStemmer('french');
const stopWords = new Set([...fra, 'ministre', 'ministere', 'departement', 'secretariat', 'general', 'generale']);

/** The stems of a French text. */
export function tokenize(text: string): string[] {
  const stems: string[] = [];
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2 || stopWords.has(word) || stopWords.has(fold(word).trim())) continue;
    stems.push(fold(stemmer.stem(word)));
  }
  return stems;
}
