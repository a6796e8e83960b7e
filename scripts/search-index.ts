/**
 * `node scripts/search-index.ts [--site dist]`: the site's search index, written to
 * `<site>/pagefind/` by Pagefind's Node API. Pagefind indexes only the pages that mark a
 * searchable body (`data-pagefind-body`) once any page does, so only those pages are given to it:
 * the same index as `pagefind --site <site>`, without parsing every other page of the site.
 * Each is given from its searchable body on (with its `<html>` tag, which names its language):
 * its head, header and navigation hold nothing Pagefind reads, unless they carry a
 * `data-pagefind-` attribute, and parsing them was a tenth of the indexing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { close, createIndex } from 'pagefind';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = values.site;

/** Stops with Pagefind's own messages when it reports any. */
function check(step: string, errors: string[]) {
  if (errors.length === 0) return;
  console.error(`search index: ${step} failed:\n${errors.join('\n')}`);
  process.exit(1);
}

/** The page's `<html>` tag and what follows the start of its searchable body, when nothing before that is Pagefind's. */
function fromBody(page: string) {
  const start = page.indexOf('<html');
  const html = page.indexOf('>', start) + 1;
  const body = page.lastIndexOf('<', page.indexOf('data-pagefind-body'));
  if (start < 0 || body < html || page.slice(html, body).includes('data-pagefind-')) return page;
  return `${page.slice(0, html)}<body>${page.slice(body)}`;
}

const { index, errors } = await createIndex({});
check('creating the index', errors);
if (!index) throw new Error('Pagefind gave no index');
// Page by page, a few at a time in flight: the site's pages are never all in memory at once.
const inFlight = new Set<Promise<void>>();
let indexed = 0;
for (const path of readdirSync(site, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.html'))
  .sort()) {
  const content = readFileSync(join(site, path), 'utf8');
  if (!content.includes('data-pagefind-body')) continue;
  indexed += 1;
  const adding = index.addHTMLFile({ sourcePath: path, content: fromBody(content) }).then((added) => check(`indexing ${path}`, added.errors));
  inFlight.add(adding);
  void adding.then(() => inFlight.delete(adding));
  if (inFlight.size >= 16) await Promise.race(inFlight);
}
await Promise.all(inFlight);
if (indexed === 0) {
  console.error(`search index: no page of ${site} marks a searchable body (data-pagefind-body). Build the site first: npm run build.`);
  process.exit(1);
}
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
check('writing the index', written.errors);
await close();
// Pagefind indexes in a process of its own: once it has exited, the system counts its memory with
// this one's for whoever measures the step (GNU time, in the benchmark).
const children = () => readdirSync('/proc/self/task').flatMap((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean));
for (let wait = 0; wait < 100 && existsSync('/proc/self/task') && children().length > 0; wait++) await new Promise((done) => setTimeout(done, 20));
console.log(`Indexed ${indexed} pages of ${relative('.', site) || '.'} into ${join(site, 'pagefind')}.`);
