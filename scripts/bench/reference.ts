/**
 * The reference: a plain Astro site (scripts/bench/reference/, no integration, one layout, one
 * route) that renders the same pages as the project's build, at the same paths, with the same
 * visible text, so that the cost of the project's own work shows as a ratio measured in one run.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type PageText, pageText } from './page-text.ts';
import { searchIndex, type Timing, timed } from './timed.ts';

export interface ReferencePage extends PageText {
  /** The page's address without its slashes (`fr/ml/x`), empty for the root. */
  path: string;
}

/** Reads every HTML page of a built site and writes them, as reference pages, to a JSON file; returns their number. */
export function prepareReference(dist: string, file: string): number {
  const pages: ReferencePage[] = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const page = relative(dist, join(entry.parentPath, entry.name));
      // fr/x/index.html is the page /fr/x/; Astro writes the route 404 to 404.html, as the project does.
      const path = page.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
      return { path, ...pageText(readFileSync(join(entry.parentPath, entry.name), 'utf8')) };
    });
  writeFileSync(file, JSON.stringify(pages));
  return pages.length;
}

/** Builds the reference site from a JSON file of pages into `dist`, then its search index, as the project does. */
export function buildReference(root: string, file: string, dist: string): { site: Timing; search: Timing } {
  const site = timed([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--force', '--root', 'scripts/bench/reference', '--outDir', dist], root, {
    SG_BENCH_PAGES: file,
  });
  return { site, search: searchIndex(root, dist) };
}
