/**
 * Identifiers. The rule, written once:
 *
 *   source id  = path of the text under the sources folder, without extension, lower case
 *                (`bj/secretariat-general`)
 *   record id  = `<source id>/<type>/<slug>`, type one of attribution, general, organ,
 *                official, decree
 *   slug       = decrees: act and number (or date), all words (`decret-94-202-pm-rm`);
 *                officials: the post; others: the text. Folded to ASCII lower case, the first
 *                SLUG_WORDS words that are not French function words, joined by "-".
 *
 * A slug depends on the record's own words, never on its position, so ids survive items being
 * inserted, removed or reordered. Records whose slugs collide take more words until they differ;
 * identical texts are numbered in source order (`-2`, `-3`).
 */
import { groupBy } from '../lib/group.ts';
import { fold } from './tree.ts';

const SLUG_WORDS = 6;
const functionWords = new Set(
  'a au aux avec ce ces d dans de des du en et il elle l la le les leur leurs ou par pour qu que qui sa se ses son sous sur un une y'.split(' '),
);

/** The words of a text that a slug is made of: ASCII, lower case, no function words. */
export function slugWords(text: string, keepFunctionWords = false): string[] {
  const words = fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean);
  return keepFunctionWords ? words : words.filter((word) => !functionWords.has(word));
}

export interface Identifiable {
  type: string;
  words: string[];
}

/** Ids for the records of one source, in source order, unique within it. */
export function assignIds(sourceId: string, records: Identifiable[]): string[] {
  const slugs = records.map((record) => record.words.slice(0, SLUG_WORDS));
  const key = (index: number) => `${records[index]!.type}/${slugs[index]!.join('-') || records[index]!.type}`;
  // Lengthen colliding slugs until they differ or run out of words.
  for (let grown = true; grown;) {
    grown = false;
    for (const group of groupBy(records.keys(), key).values()) {
      if (group.length < 2) continue;
      for (const index of group) {
        if (slugs[index]!.length < records[index]!.words.length) {
          slugs[index] = records[index]!.words.slice(0, slugs[index]!.length + 1);
          grown = true;
        }
      }
    }
  }
  const counts = new Map<string, number>();
  return records.map((_, index) => {
    const count = (counts.get(key(index)) ?? 0) + 1;
    counts.set(key(index), count);
    return `${sourceId}/${key(index)}${count > 1 ? `-${count}` : ''}`;
  });
}
