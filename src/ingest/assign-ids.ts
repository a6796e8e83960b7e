/**
 * Identifiers. The rule, written once:
 *
 *   source id  = path of the text under the sources folder, without extension, each segment
 *                folded to ASCII lower case words joined by "-" (`bj/secretariat-general`)
 *   record id  = `<source id>/<type>/<slug>`, type one of attribution, general, organ,
 *                official, decree
 *   slug       = decrees: act and number (or date), all words (`decret-94-202-pm-rm`);
 *                officials: the post; others: the text. Folded to ASCII lower case, the first
 *                SLUG_WORDS words that are not French function words, joined by "-".
 *
 * A slug depends on the record's own words, never on its position, so ids survive items being
 * inserted, removed or reordered. Records whose slugs collide take more words until they differ;
 * identical texts are numbered in source order (`-2`, `-3`), skipping a number that another
 * record's own words already end in.
 *
 * Lengths are bounded, since ids become file and folder names (`<collection>/<id>.mdx`):
 *
 *   word       longer than MAX_WORD (32) characters: its first 23, "-" and a tag of the whole
 *              word (a run-together line from a PDF: `lesecretariatgeneralest-8e556142`)
 *   slug, and each segment of a source id: longer than MAX_SEGMENT (120) characters: the
 *              leading words that fit, then a tag of the whole slug
 *   source id  longer than MAX_SOURCE_ID (240) characters: the leading segments that fit, then
 *              a tag of the whole id as last segment
 *
 * A tag is the first 8 hex digits of the SHA-256 of what was cut, so the bound is stable and
 * distinct long words stay distinct. A record id is thus at most 240 + 1 + 11 + 1 + 120
 * characters and a number, every name in it at most 120: within any file system's limits.
 * No id of a text within the bounds changes.
 */
import { createHash } from 'node:crypto';
import { fold } from '../core/fold.ts';

const SLUG_WORDS = 6;
const MAX_WORD = 32;
const MAX_SEGMENT = 120;
const MAX_SOURCE_ID = 240;
const TAG = 8;
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

/** A short stable tag of a text that was cut: the first hex digits of its SHA-256. */
function tag(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, TAG);
}

/** Parts joined by a separator, at most `max` characters: past it, the leading parts that fit and a tag of the whole. */
function bounded(parts: string[], separator: string, max: number): string {
  const whole = parts.join(separator);
  if (whole.length <= max) return whole;
  const kept: string[] = [];
  let length = TAG;
  for (const part of parts) {
    if (length + part.length + separator.length > max) break;
    kept.push(part);
    length += part.length + separator.length;
  }
  return [...kept, tag(whole)].join(separator);
}

/** Words joined into one id segment, each word and the whole bounded in length. */
export function slug(words: string[]): string {
  const short = words.map((word) => (word.length > MAX_WORD ? `${word.slice(0, MAX_WORD - TAG - 1)}-${tag(word)}` : word));
  return bounded(short, '-', MAX_SEGMENT);
}

/** The capture a text's path names: `<name>@<n>.txt` is capture n, `<name>.txt` capture 1. */
export function captureOf(path: string): number {
  const number = /@(\d+)\.txt$/.exec(path)?.[1];
  return number ? Number(number) : 1;
}

/** A source's id, from the path of any of its captures under the sources folder. */
export function sourceId(path: string): string {
  const segments = path
    .replace(/(?:@\d+)?\.txt$/, '')
    .split('/')
    .map((segment) => slug(slugWords(segment, true)) || 'x');
  return bounded(segments, '/', MAX_SOURCE_ID);
}

export interface Identifiable {
  type: string;
  words: string[];
}

/** Ids for the records of one source, in source order, unique within it. */
export function assignIds(sourceId: string, records: Identifiable[]): string[] {
  const slugs = records.map((record) => record.words.slice(0, SLUG_WORDS));
  const key = (index: number) => `${records[index]!.type}/${slug(slugs[index]!) || records[index]!.type}`;
  // Lengthen colliding slugs until they differ or run out of words.
  for (let grown = true; grown;) {
    grown = false;
    for (const group of Map.groupBy(records.keys(), key).values()) {
      if (group.length < 2) continue;
      for (const index of group) {
        if (slugs[index]!.length < records[index]!.words.length) {
          slugs[index] = records[index]!.words.slice(0, slugs[index]!.length + 1);
          grown = true;
        }
      }
    }
  }
  // Identical texts are numbered; a number that is another record's own slug is skipped.
  const keys = records.map((_, index) => key(index));
  const taken = new Set(keys);
  const counts = new Map<string, number>();
  return keys.map((base) => {
    let count = counts.get(base) ?? 0;
    if (count === 0) {
      counts.set(base, 1);
      return `${sourceId}/${base}`;
    }
    do {
      count++;
    } while (taken.has(`${base}-${count}`));
    counts.set(base, count);
    taken.add(`${base}-${count}`);
    return `${sourceId}/${base}-${count}`;
  });
}
