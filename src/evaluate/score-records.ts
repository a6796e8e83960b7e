/**
 * Scoring the ingestion against hand annotations (the rule of `../shared/corpus-dev/README.md`):
 * per text and per kind, each annotated item is matched to at most one extracted record; hits,
 * annotated and extracted items are summed over the texts, then precision, recall and F1.
 * Pure functions: reading files and running the pipeline belong to `scripts/evaluate-ingest.ts`.
 */
import { z } from 'zod';
import type { SourceRecords } from '../ingest/compile-records.ts';

/** The four kinds scored, in the order they are reported. */
export const kinds = ['attributions', 'organs', 'officials', 'decrees'] as const;
export type Kind = (typeof kinds)[number];

/** Containment counts as a match only when the shorter text is at least this share of the longer. */
export const CONTAINMENT = 0.8;
/** Otherwise a pair matches when its similarity ratio is at least this. */
export const MIN_RATIO = 0.85;

/** Typographic apostrophes and accents used as apostrophes: ’ ‘ ʼ ′ ´ `. */
const APOSTROPHES = /[\u2019\u2018\u02bc\u2032\u00b4`]/g;
/** No-break spaces: U+00A0, narrow U+202F, figure U+2007. */
const NO_BREAK_SPACES = /[\u00a0\u202f\u2007]/g;
/**
 * One leading list marker: a bullet, dash or arrow (a private-use character is a symbol-font
 * bullet whose glyph was lost in the copy), glued to the text or not; or a number, a letter or
 * a roman numeral followed by `.`, `)` or `°` (`1.`, `a)`, `iv)`, `1°`), a number followed by a
 * dash (`1 -`), or any of them in parentheses (`(1)`, `(a)`). A letter or numeral needs a space after it, so that a word is never cut.
 */
const LIST_MARKER =
  /^(?:[-\u2010-\u2015\u2212•·∙◦‣⁃○●■□▪▫◆◇►▶▸➢➣➤➔→⇒›»>*+~\ue000-\uf8ff]+\s*|(?:\(\s*(?:\d+|[a-z]|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))\s*\)|(?:\d+(?:\.\d+)*\s*[-\u2013]|(?:\d+(?:\.\d+)*|[a-z]|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))\s*(?:[.)°]|°\))))(?:\s+|$))/u;
/** Trailing list punctuation and spaces. */
const TRAILING = /[\s;,.:]+$/u;

/**
 * A text as the scoring compares it: Unicode NFC, apostrophes made straight, no-break spaces
 * made spaces, lower case, whitespace collapsed, one leading list marker and the trailing
 * `;,.:` and spaces removed.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(APOSTROPHES, "'")
    .replace(NO_BREAK_SPACES, ' ')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(LIST_MARKER, '')
    .replace(TRAILING, '');
}

/** Only the digits of a decree number (`94-202 / PRM` → `94202`), the way decrees are compared. */
export function digitsOf(number: string | null | undefined): string {
  return (number ?? '').replace(/\D/gu, '');
}

/**
 * Python's `difflib.SequenceMatcher(None, a, b).ratio()`, to the last bit: 2·M/T, with M the
 * characters of the matching blocks and T the characters of both sequences. Characters are code
 * points, as in Python (a JavaScript string index is a UTF-16 unit, which would count an emoji
 * twice). With `b` of 200 characters or more, a character occurring more than 1 % of its length
 * plus one times is "popular" and never starts a match (Python's autojunk), though a match may
 * still extend over it.
 */
export function sequenceRatio(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  const total = left.length + right.length;
  return total === 0 ? 1 : (2 * matchingCharacters(left, right)) / total;
}

/** Where each character occurs in `b`, popular characters left out (SequenceMatcher.__chain_b). */
function indexOfB(b: string[]): Map<string, number[]> {
  const b2j = new Map<string, number[]>();
  b.forEach((char, j) => {
    const list = b2j.get(char);
    if (list) list.push(j);
    else b2j.set(char, [j]);
  });
  if (b.length >= 200) {
    const limit = Math.floor(b.length / 100) + 1;
    for (const [char, list] of b2j) if (list.length > limit) b2j.delete(char);
  }
  return b2j;
}

/** Total size of the matching blocks (sum over SequenceMatcher.get_matching_blocks). */
function matchingCharacters(a: string[], b: string[]): number {
  const b2j = indexOfB(b);
  let matched = 0;
  // The order in which the sub-ranges are explored does not change the blocks found, nor their sum.
  const queue: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = longestMatch(a, b, b2j, alo, ahi, blo, bhi);
    if (k === 0) continue;
    matched += k;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  return matched;
}

/**
 * SequenceMatcher.find_longest_match with no junk function: the longest block of a[alo:ahi]
 * equal to b[blo:bhi], earliest in `a`, then earliest in `b`, among blocks started on
 * non-popular characters; then extended both ways over equal characters, popular ones included.
 */
function longestMatch(a: string[], b: string[], b2j: Map<string, number[]>, alo: number, ahi: number, blo: number, bhi: number): [number, number, number] {
  let [besti, bestj, bestsize] = [alo, blo, 0];
  // Length of the match ending at a[i-1], b[j] for each j, from the previous row only.
  let j2len = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (const j of b2j.get(a[i]!) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (j2len.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > bestsize) [besti, bestj, bestsize] = [i - k + 1, j - k + 1, k];
    }
    j2len = next;
  }
  while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) [besti, bestj, bestsize] = [besti - 1, bestj - 1, bestsize + 1];
  while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) bestsize++;
  return [besti, bestj, bestsize];
}

/**
 * Whether two texts, already prepared (normalised, or digits), match, and their ratio (used to
 * rank the candidates, containment or not). `a` is the annotated text, `b` the extracted one,
 * as Python's SequenceMatcher would be given them. An empty text matches nothing: it is a number
 * without digits, or an item that was only punctuation.
 */
export function compare(a: string, b: string): { match: boolean; ratio: number } {
  if (a === '' || b === '') return { match: false, ratio: 0 };
  const ratio = sequenceRatio(a, b);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const contained = longer.includes(shorter) && Array.from(shorter).length >= CONTAINMENT * Array.from(longer).length;
  return { match: contained || ratio >= MIN_RATIO, ratio };
}

/** The items of one kind in one text: the annotated and the extracted, in source order. */
export interface KindItems {
  /** What is shown in the misses: each item as written. */
  annotated: string[];
  extracted: string[];
  /** What is compared: normalised texts, or the digits of decree numbers. */
  annotatedKeys: string[];
  extractedKeys: string[];
}

/** One kind in one text, or summed: the counts, and for a text what matched nothing. */
export interface KindScore {
  hits: number;
  annotated: number;
  extracted: number;
  /** Annotated items no extracted record matched. */
  missed: string[];
  /** Extracted records that matched no annotated item. */
  spurious: string[];
}

/**
 * Matches the items of one kind: annotated items in order, each taking, among the extracted
 * records still unmatched that match it, the one of highest ratio (the earliest on a tie).
 */
export function scoreKind(items: KindItems): KindScore {
  const taken = new Set<number>();
  const missed: string[] = [];
  items.annotatedKeys.forEach((key, i) => {
    let best = -1;
    let bestRatio = -1;
    items.extractedKeys.forEach((candidate, j) => {
      if (taken.has(j)) return;
      const { match, ratio } = compare(key, candidate);
      // Strictly greater: on a tie the earlier record stays.
      if (match && ratio > bestRatio) [best, bestRatio] = [j, ratio];
    });
    if (best === -1) missed.push(items.annotated[i]!);
    else taken.add(best);
  });
  return {
    hits: taken.size,
    annotated: items.annotatedKeys.length,
    extracted: items.extractedKeys.length,
    missed,
    spurious: items.extracted.filter((_, j) => !taken.has(j)),
  };
}

/**
 * A hand annotation in the corpus-dev format. Only what the scoring reads is checked; the other
 * keys (source_url, format, notes…) are let through. Officials are `{ name, post }`, one file
 * says `title` for the post; only the name is compared.
 */
export const Annotation = z.looseObject({
  country: z.string().optional(),
  language: z.string().optional(),
  institution: z.string().optional(),
  attributions: z.array(z.string()).default([]),
  organs: z.array(z.string()).default([]),
  officials: z.array(z.looseObject({ name: z.string(), post: z.string().optional(), title: z.string().optional() })).default([]),
  decrees: z.array(z.looseObject({ number: z.string().nullable() })).default([]),
});
export type Annotation = z.infer<typeof Annotation>;

/** Items prepared for comparison: normalised text, shown as written. */
function textItems(annotated: string[], extracted: string[]): KindItems {
  return { annotated, extracted, annotatedKeys: annotated.map(normalise), extractedKeys: extracted.map(normalise) };
}

/** Records in source order (the order ties are broken in); the sort is stable. */
const inSourceOrder = <T extends { lines: [number, number] }>(records: T[]): T[] => [...records].sort((x, y) => x.lines[0] - y.lines[0]);

/** What each kind compares, from an annotation and from the records of the same text (none if it stopped). */
export function itemsOf(annotation: Annotation, records: SourceRecords | undefined): Record<Kind, KindItems> {
  const attributions = inSourceOrder(records?.missions ?? []).filter((mission) => mission.kind === 'attribution');
  const decrees = inSourceOrder(records?.decrees ?? []).filter((decree) => decree.act === 'décret');
  const annotatedDecrees = annotation.decrees;
  return {
    attributions: textItems(
      annotation.attributions,
      attributions.map((mission) => mission.text),
    ),
    organs: textItems(
      annotation.organs,
      inSourceOrder(records?.organs ?? []).map((organ) => organ.name),
    ),
    officials: textItems(
      annotation.officials.map((official) => official.name),
      inSourceOrder(records?.officials ?? []).map((official) => official.name),
    ),
    decrees: {
      annotated: annotatedDecrees.map((decree) => `n° ${decree.number ?? '(none)'}`),
      extracted: decrees.map((decree) => (decree.number === null ? `(no number) ${decree.citation}` : `n° ${decree.number}`)),
      annotatedKeys: annotatedDecrees.map((decree) => digitsOf(decree.number)),
      // A record with no number has no digits, and so cannot match.
      extractedKeys: decrees.map((decree) => digitsOf(decree.number)),
    },
  };
}

/** A value for each kind, in the order of `kinds`. */
export function byKind<T>(value: (kind: Kind) => T): Record<Kind, T> {
  return Object.fromEntries(kinds.map((kind) => [kind, value(kind)])) as Record<Kind, T>;
}

/** Scores every kind of one text. */
export function scoreText(annotation: Annotation, records: SourceRecords | undefined): Record<Kind, KindScore> {
  const items = itemsOf(annotation, records);
  return byKind((kind) => scoreKind(items[kind]));
}

/** Sums the counts of several texts, kind by kind (the misses stay with their texts). */
export function sumScores(texts: Array<Record<Kind, KindScore>>): Record<Kind, KindScore> {
  const total = (kind: Kind, field: 'hits' | 'annotated' | 'extracted') => texts.reduce((n, text) => n + text[kind][field], 0);
  return byKind((kind) => ({ hits: total(kind, 'hits'), annotated: total(kind, 'annotated'), extracted: total(kind, 'extracted'), missed: [], spurious: [] }));
}

/** Precision, recall and F1; null where undefined. */
export interface Rates {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/**
 * Precision hits/extracted, recall hits/annotated, and F1 their harmonic mean, computed as
 * 2·hits/(annotated + extracted): the same value where both are defined, 0 when nothing matched
 * (recall 0 and nothing or only wrong records extracted), undefined only with no item either side.
 */
export function rates({ hits, annotated, extracted }: Pick<KindScore, 'hits' | 'annotated' | 'extracted'>): Rates {
  return {
    precision: extracted === 0 ? null : hits / extracted,
    recall: annotated === 0 ? null : hits / annotated,
    f1: annotated + extracted === 0 ? null : (2 * hits) / (annotated + extracted),
  };
}
