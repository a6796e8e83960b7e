/**
 * The reference site's pages, one JSON object a line: a corpus of 100,000 pages has more text
 * than one JavaScript string can hold.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { PageText } from './page-text.ts';

export interface ReferencePage extends PageText {
  /** The page's address without its slashes (`fr/ml/x`), empty for the root. */
  path: string;
}

/** Writes pages to a file as they come, one a line; returns their number. */
export function writeReferencePages(file: string, pages: Iterable<ReferencePage>): number {
  const fd = openSync(file, 'w');
  let count = 0;
  try {
    for (const page of pages) {
      writeSync(fd, `${JSON.stringify(page)}\n`);
      count += 1;
    }
  } finally {
    closeSync(fd);
  }
  return count;
}

/** Every page of such a file, in its order. */
export function readReferencePages(file: string): ReferencePage[] {
  const bytes = readFileSync(file);
  const pages: ReferencePage[] = [];
  for (let start = 0; start < bytes.length;) {
    const end = bytes.indexOf(0x0a, start);
    pages.push(JSON.parse(bytes.toString('utf8', start, end)));
    start = end + 1;
  }
  return pages;
}
