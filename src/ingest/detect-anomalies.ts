/**
 * Anomalies of a record's text, found and kept, never fixed: a phrase of five or more words
 * repeated back to back, an item cut off without its end, a link text whose target is missing.
 */
import type { Anomaly } from '../core/records.ts';
import { trailingLinkText } from './recognisers/lines.ts';

const MIN_WORDS = 5;
// Longer repeats are not sought: the comparison costs words × this bound.
const MAX_WORDS = 100;

/** Back-to-back repeats of MIN_WORDS words or more, longest first, not overlapping. */
function repeatedPhrases(text: string): Anomaly[] {
  const tokens = [...text.matchAll(/\S+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const found: Array<{ from: number; words: number }> = [];
  for (let words = Math.min(MAX_WORDS, Math.floor(tokens.length / 2)); words >= MIN_WORDS; words--) {
    let run = 0;
    for (let j = 0; j + words < tokens.length; j++) {
      run = tokens[j]!.word === tokens[j + words]!.word ? run + 1 : 0;
      if (run !== words) continue;
      const from = j - words + 1;
      const overlaps = found.some((seen) => from < seen.from + 2 * seen.words && seen.from < from + 2 * words);
      if (!overlaps) found.push({ from, words });
    }
  }
  return found
    .sort((a, b) => a.from - b.from)
    .map(({ from, words }) => {
      const start = tokens[from]!.start;
      const phrase = text.slice(start, tokens[from + words - 1]!.end);
      return {
        type: 'repeated-phrase' as const,
        message: `A phrase of ${words} words is repeated back to back: “${phrase}”`,
        excerpt: text.slice(start, tokens[from + 2 * words - 1]!.end),
        start,
      };
    });
}

// A function word or a comma at the very end; "… ; et" before a last item is not a cut.
const cutOff = /(?:^|[^\s;,])(?:\s+(?:de|du|des|d[’']|le|la|les|l[’']|et|ou|à|au|aux|en|pour|par|sur|avec|dans|un|une|que|qui)|\s*,)$/iu;

/** Anomalies of a record's text, in order of position. */
export function detectAnomalies(text: string, options: { item: boolean }): Anomaly[] {
  const anomalies = repeatedPhrases(text);
  const cut = options.item ? cutOff.exec(text) : null;
  if (cut) {
    const excerpt = cut[0].slice(1).trim();
    anomalies.push({ type: 'truncated', message: 'The item ends without its end: it may have been cut off', excerpt, start: text.length - excerpt.length });
  }
  const link = trailingLinkText.exec(text);
  if (link) {
    const start = link.index + link[0].length - link[0].trimStart().length;
    anomalies.push({ type: 'link-without-target', message: 'The text ends with a link whose target is not supplied', excerpt: link[1]!, start });
  }
  return anomalies.sort((a, b) => a.start - b.start);
}
