/**
 * `npm run lighthouse [-- --desktop]`: serves the built dist/ on 127.0.0.1, runs Lighthouse
 * (performance, accessibility, best practices, SEO; mobile, its default, and desktop when asked)
 * on the root and the main pages in both languages, and prints a Markdown table of the scores with
 * the failing audits of every category under 100. A page whose performance is under 95 is run three
 * times and its median run kept. Exits 1 when accessibility, best practices or SEO is under
 * 100, or performance under 95, on any page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { chromiumFlags, chromiumPath } from './browser.ts';

const { values } = parseArgs({ options: { desktop: { type: 'boolean', default: false }, port: { type: 'string', default: '4395' } } });
const root = join(import.meta.dirname, '..');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const floor = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
// The root, where the reader chooses a language, then each kind of page in both languages.
const pages = [
  '/',
  ...[
    '',
    'ml/',
    'ml/secretariat-general/',
    'ml/secretariat-general/attribution/suivi-bonne-conservation-archives-departement/',
    'ml/secretariat-general/decree/decret-94-202-pm-rm/',
    'compare/bj-ml/',
    'search/?q=archives',
    'data/',
    'about/',
  ].flatMap((path) => [`/fr/${path}`, `/en/${path}`]),
];

/** Starts Chromium with a DevTools port of its choosing; resolves with the process and the port. */
function startChromium(profile: string): Promise<{ chromium: ChildProcess; port: number }> {
  // Port 0 avoids colliding with anything else on the machine; Chromium prints the one it took.
  const chromium = spawn(chromiumPath, [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let said = '';
    chromium.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(said)?.[1];
      if (port) resolve({ chromium, port: Number(port) });
    });
    chromium.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${said}`)));
  });
}

/** A category's score out of 100, as Lighthouse's report rounds it. */
const percent = (result: Result, category: string) => Math.round((result.categories[category]!.score ?? 0) * 100);

/** The weighted audits of a category that did not pass, one line each. */
function failing(result: Result, category: string): string[] {
  return result.categories[category]!.auditRefs.map((ref) => ({ ref, audit: result.audits[ref.id]! }))
    .filter(({ ref, audit }) => ref.weight > 0 && audit.score !== null && audit.score < 1)
    .map(({ audit }) => `\`${audit.id}\` (${Math.round(audit.score! * 100)}) ${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
}

/** One Lighthouse run; stops on a page that failed to load. */
async function audit(url: string, port: number, preset: string): Promise<Result> {
  // One Chromium for every run: Lighthouse clears the cache and storage before each.
  const run = await lighthouse(url, { port, logLevel: 'error', onlyCategories: [...categories] }, preset === 'desktop' ? desktopConfig : undefined);
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (run.lhr.runtimeError) throw new Error(`${url}: ${run.lhr.runtimeError.code} ${run.lhr.runtimeError.message}`);
  return run.lhr;
}

if (!existsSync(join(root, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: Number(values.port) } });
const profile = mkdtempSync(join(tmpdir(), 'sg-lighthouse-'));
const { chromium, port } = await startChromium(profile);
const rows: string[] = [];
const problems: string[] = [];
try {
  for (const preset of values.desktop ? ['mobile', 'desktop'] : ['mobile']) {
    for (const page of pages) {
      const url = `http://127.0.0.1:${values.port}${page}`;
      // Performance varies from run to run on a busy machine: a page under the floor is run twice
      // more and the median run kept, as Lighthouse's documentation advises.
      const runs = [await audit(url, port, preset)];
      if (percent(runs[0]!, 'performance') < floor.performance) runs.push(await audit(url, port, preset), await audit(url, port, preset));
      const lhr = runs.sort((a, b) => percent(a, 'performance') - percent(b, 'performance'))[Math.floor(runs.length / 2)]!;
      const scores = categories.map((category) => percent(lhr, category));
      const median = runs.length > 1 ? ` (median of ${runs.length}: ${runs.map((run) => percent(run, 'performance')).join(', ')})` : '';
      rows.push(`| ${page} | ${preset} | ${scores[0]}${median} | ${scores.slice(1).join(' | ')} |`);
      console.error(rows.at(-1));
      categories.forEach((category, index) => {
        if (scores[index]! < 100) problems.push(...failing(lhr, category).map((line) => `- ${page} (${preset}), ${category}: ${line}`));
        if (scores[index]! < floor[category]) process.exitCode = 1;
      });
    }
  }
} finally {
  const exited = new Promise((resolve) => chromium.once('exit', resolve));
  chromium.kill();
  await exited;
  await server.stop();
  rmSync(profile, { recursive: true, force: true });
}

console.log('| page | device | performance | accessibility | best practices | SEO |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
if (problems.length > 0) console.log(`\nFailing audits:\n\n${problems.join('\n')}`);
