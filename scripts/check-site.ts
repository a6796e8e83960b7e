/**
 * `npm run check:site`: the post-build checks over dist/ — links and anchors, both languages
 * for every page and record, valid HTML, JSON-LD, the search index, the open data against
 * its schemas, every published permalink, every source's text line by line, the sitemap's
 * alternates against the pages'. Prints a count per check; exits 1 on any problem.
 */
import { parseArgs } from 'node:util';
import { corpusFile, readCorpus } from '../src/core/read-corpus.ts';
import { siteUrl } from '../src/core/site-url.ts';
import { readRegistry } from '../src/ingest/permalink-registry.ts';
import { checkData } from './checks/data.ts';
import { checkHtml } from './checks/html.ts';
import { checkLanguages } from './checks/languages.ts';
import { checkLinks } from './checks/links.ts';
import { readPages } from './checks/pages.ts';
import { checkPermalinks } from './checks/permalinks.ts';
import { checkSearch } from './checks/search.ts';
import { checkSitemap } from './checks/sitemap.ts';
import { checkSources } from './checks/sources.ts';
import { checkStructuredData } from './checks/structured-data.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    corpus: { type: 'string', default: corpusFile },
    permalinks: { type: 'string', default: process.env.SG_PERMALINKS ?? 'content/permalinks.yaml' },
  },
});
const site = siteUrl;
const pages = readPages(values.dist);
const corpus = readCorpus(values.corpus);

const results = {
  'links and anchors': checkLinks(pages, values.dist, site),
  languages: checkLanguages(pages, corpus),
  'HTML validity': await checkHtml(pages),
  'structured data': checkStructuredData(pages, site),
  'search index': checkSearch(pages, corpus, values.dist),
  permalinks: checkPermalinks(pages, values.dist, corpus, readRegistry(values.permalinks).entries, values.permalinks),
  'open data': checkData(values.dist, corpus),
  sitemap: checkSitemap(pages, values.dist, site),
  'source texts': checkSources(pages, corpus, site),
};
let failed = 0;
for (const [name, result] of Object.entries(results)) {
  const { checked, problems } = result;
  const summary = 'summary' in result ? ` (${result.summary})` : '';
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}: ${checked} checked${summary}, ${problems.length} problems`);
  for (const problem of problems.slice(0, 50)) console.log(`     ${problem}`);
  if (problems.length > 0) failed += 1;
}
console.log(`${pages.length} pages: ${Object.keys(results).length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
