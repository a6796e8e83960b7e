/**
 * The reference: a plain Astro site (scripts/bench/reference/, no integration, one layout, one
 * route) that renders the same pages as the project's build, at the same paths, with the same
 * visible text, so that the cost of the project's own work shows as a ratio measured in one run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageText } from './page-text.ts';
import { writeReferencePages } from './reference-pages.ts';
import { searchIndex, type Timing, timed } from './timed.ts';

/** Reads every HTML page of a built site and writes them, as reference pages, to a file; returns their number. */
export function prepareReference(dist: string, file: string): number {
  const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .values()
    .map((entry) => {
      const page = relative(dist, join(entry.parentPath, entry.name));
      // fr/x/index.html is the page /fr/x/; Astro writes the route 404 to 404.html, as the project does.
      const path = page.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
      return { path, ...pageText(readFileSync(join(entry.parentPath, entry.name), 'utf8')) };
    });
  return writeReferencePages(file, pages);
}

/** Builds the reference site from a JSON file of pages into `dist`, then its search index, as the project does. */
export function buildReference(root: string, file: string, dist: string): { site: Timing; search: Timing } {
  // Its pages carry their whole text to the build: from 50,000 pages on, more than Node's default heap.
  const site = timed(
    [
      process.execPath,
      '--max-old-space-size=12288',
      'node_modules/astro/bin/astro.mjs',
      'build',
      '--force',
      '--root',
      'scripts/bench/reference',
      '--outDir',
      dist,
    ],
    root,
    {
      SG_BENCH_PAGES: file,
    },
  );
  return { site, search: searchIndex(root, dist) };
}
