/** The word-level difference of two texts (jsdiff's `diffWords`): the changes of corpus.json and the histories of the site. */
import { diffWords } from 'diff';
import type { DiffPart } from './records.ts';

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({ op: part.added ? 'insert' : part.removed ? 'delete' : 'equal', text: part.value }));
}
