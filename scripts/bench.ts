/**
 * `npm run bench [-- --pages 5000,20000 | --sizes 20,65] [--runs 3 | --runs 3,1]`: builds the
 * whole site from seeded synthetic corpora of growing size (one source in four with a later
 * capture) and, in the same run, a plain Astro site rendering the same pages with the same text
 * (scripts/bench/reference.ts). The two builds alternate, `--runs` times each (one count for
 * every size, or one per size), and the table gives their medians per 1,000 pages and the ratio,
 * which is the figure that counts: absolute times on a shared machine move by half from run to run.
 * Each step runs as `npm run build` runs it (ingestion in a process of its own while Astro
 * bundles the site), timed by GNU time. Last, the incremental build (`SG_INCREMENTAL=1`): once
 * from nothing, then, one source added, over that build, as an editor adding a text would: Astro
 * copies the pages whose data and code are unchanged (src/lib/page-keys.ts).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { firstSearchBytes } from './bench/first-search.ts';
import { buildReference, prepareReference } from './bench/reference.ts';
import { revision, synthetic } from './bench/synthetic.ts';
import { median, searchIndex, type Timing, timed } from './bench/timed.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '20,65,130,260' },
    pages: { type: 'string' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const root = join(import.meta.dirname, '..');
const work = join(root, 'node_modules/.cache/sg-bench');
/**
 * Where each previous output goes, deleted only once the last build is timed. On ext4 without a
 * journal (the machines measured), a new file skips the inodes deleted in the last minutes, each
 * at a cost: a build just after deleting the previous one spent up to three times the system
 * time, more for the build that writes more files, and by how much depended on the clock.
 */
const aside = join(root, 'node_modules/.cache/sg-bench-aside');
let setAside = 0;
const moveAside = (path: string) => {
  if (!existsSync(path)) return;
  mkdirSync(aside, { recursive: true });
  renameSync(path, join(aside, String(setAside++)));
};
rmSync(aside, { recursive: true, force: true });
// Pages one source yields, versions included: 102 to 105 measured at 56, 225 and 562 sources; the table gives the real counts.
const pagesPerSource = 102;
const sizes = values.pages
  ? values.pages.split(',').map((pages) => Math.max(1, Math.round(Number(pages) / pagesPerSource)))
  : values.sizes.split(',').map(Number);

/** Every file under a folder. */
const files = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;

/** What the first view of a page downloads: its HTML, its style sheets and its scripts, raw and gzipped. */
function firstView(dist: string, page: string) {
  const html = readFileSync(join(dist, page, 'index.html'));
  const linked = (pattern: RegExp) => [...html.toString().matchAll(pattern)].map((match) => readFileSync(join(dist, match[1]!)));
  const css = linked(/<link rel="stylesheet" href="([^"]+)"/g);
  const js = linked(/<script[^>]* src="([^"]+)"/g);
  const sum = (list: Buffer[], zip = false) => list.reduce((total, bytes) => total + (zip ? gzipSync(bytes, { level: 9 }).length : bytes.length), 0);
  return { html: [html.length, gzipSync(html, { level: 9 }).length], css: [sum(css), sum(css, true)], js: [sum(js), sum(js, true)] };
}

const sources = join(work, 'sources');
const out = join(work, 'generated');
const dist = join(work, 'dist');
const permalinks = join(work, 'permalinks.yaml');

/** The project's build steps, each timed: `astro build` (which ingests while Vite bundles), then the search index. */
const projectSteps = ['site', 'search'] as const;

const cache = join(work, 'astro-cache');

/**
 * The project's build of the corpus as `npm run build` runs it: from nothing, or (`again`) over
 * the previous build, its output, its permalink registry and Astro's cache (the pages it may
 * copy) left in place; `incremental` as `SG_INCREMENTAL=1 npm run build` runs it.
 */
function buildProject({ again = false, incremental = false } = {}): Record<(typeof projectSteps)[number], Timing> {
  if (!again) for (const folder of [out, dist, permalinks, cache]) moveAside(folder);
  const ingest = ['--sources', sources, '--out', out, '--comparison', join(work, 'comparison'), '--permalinks', permalinks, '--register'];
  const site = timed([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], root, {
    SG_OUT: out,
    SG_CACHE: cache,
    SG_INGEST: JSON.stringify(ingest),
    ...(incremental ? { SG_INCREMENTAL: '1' } : {}),
  });
  return { site, search: searchIndex(root, dist) };
}

/** Writes the synthetic source of an index (its text and its metadata, and its later capture if it has one) into the sources folder. */
function addSource(index: number) {
  const { country, text, meta } = synthetic(index);
  const name = join(sources, country, `secretariat-general-${index}`);
  mkdirSync(join(sources, country), { recursive: true });
  writeFileSync(`${name}.txt`, text);
  writeFileSync(`${name}.yaml`, meta);
  const later = revision(index);
  if (later) {
    writeFileSync(`${name}@2.txt`, later.text);
    writeFileSync(`${name}@2.yaml`, later.meta);
  }
}

const referenceSteps = ['reference site', 'reference search'] as const;
/** A build's whole time, wall and CPU, its steps added up. */
const whole = (build: { site: Timing; search: Timing }) =>
  `${(build.site.seconds + build.search.seconds).toFixed(1)} s (CPU ${(build.site.cpu + build.search.cpu).toFixed(1)} s)`;

const steps = [...projectSteps, ...referenceSteps] as const;
const rows: string[] = [];
// One count of runs for every size, or one per size: large corpora take long.
const runCounts = values.runs.split(',').map(Number);
for (const [position, size] of sizes.entries()) {
  const runs = runCounts[Math.min(position, runCounts.length - 1)]!;
  moveAside(work);
  for (let index = 0; index < size; index++) addSource(index);
  // The themes, without the editorial decisions about the real texts.
  mkdirSync(join(work, 'comparison'));
  copyFileSync(join(root, 'content/comparison/themes.yaml'), join(work, 'comparison/themes.yaml'));
  const pagesFile = join(work, 'reference-pages.jsonl');
  const referenceDist = join(work, 'reference-dist');
  const timings = Object.fromEntries(steps.map((step) => [step, [] as Timing[]])) as Record<(typeof steps)[number], Timing[]>;
  // Filled by the first run: the table's cells that do not depend on timing.
  let before = '';
  let after = '';
  let pages = 0;
  for (let run = 0; run < runs; run++) {
    const project = buildProject();
    for (const step of projectSteps) timings[step].push(project[step]);
    if (run === 0) {
      // Once per size: what the corpus and its site are, and the reference's input, untimed by GNU time.
      const corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8'));
      const records = corpus.missions.length + corpus.organs.length + corpus.officials.length + corpus.decrees.length;
      const all = files(dist);
      pages = all.filter((file) => file.endsWith('.html')).length;
      const bytes = all.reduce((total, file) => total + statSync(file).size, 0);
      const attribution = corpus.missions.find((mission: { kind: string }) => mission.kind === 'attribution').id;
      const view = firstView(dist, `fr/${attribution}`);
      const searched = await firstSearchBytes(dist, 'archives', 4670);
      const started = performance.now();
      const referencePages = prepareReference(dist, pagesFile);
      const prepared = (performance.now() - started) / 1000;
      if (referencePages !== pages) throw new Error(`The reference has ${referencePages} pages, the project ${pages}.`);
      before = `| ${size} | ${records.toLocaleString('en')} | ${pages.toLocaleString('en')} |`;
      after = `| ${prepared.toFixed(1)} | ${(bytes / 1024 / 1024).toFixed(1)} | ${kb(view.html[0]!)} / ${kb(view.html[1]!)} | ${kb(view.css[0]!)} / ${kb(view.css[1]!)} | ${kb(view.js[0]!)} / ${kb(view.js[1]!)} | ${kb(searched)} |`;
    }
    moveAside(referenceDist);
    const reference = buildReference(root, pagesFile, referenceDist);
    timings['reference site'].push(reference.site);
    timings['reference search'].push(reference.search);
    console.error(`${size} sources, run ${run + 1}: project ${whole(project)}, reference ${whole(reference)}`);
  }
  // The incremental build from nothing, then the rebuild a new source asks for: over it, one source more.
  const seconds = (build: Record<(typeof projectSteps)[number], Timing>) => projectSteps.map((step) => build[step].seconds.toFixed(1)).join(' / ');
  const first = buildProject({ incremental: true });
  addSource(size);
  const rebuilt = buildProject({ again: true, incremental: true });
  // Astro says "(restored)" of each page it copied from the previous build.
  const copied = rebuilt.site.output.split('(restored)').length - 1;
  const rebuild = `${seconds(first)}, ${seconds(rebuilt)} (${copied.toLocaleString('en')} pages copied)`;
  // Medians of each step, and of each build's whole time run by run.
  const total = (names: readonly (typeof steps)[number][], measure: 'seconds' | 'cpu' = 'seconds') =>
    median(Array.from({ length: runs }, (_, run) => names.reduce((sum, name) => sum + timings[name][run]![measure], 0)));
  const project = total(projectSteps);
  const reference = total(referenceSteps);
  const cpu = [total(projectSteps, 'cpu'), total(referenceSteps, 'cpu')] as const;
  const perPage = (seconds: number) => ((seconds * 1000) / pages).toFixed(2);
  const times = [
    ...steps.map((step) => median(timings[step].map((timing) => timing.seconds)).toFixed(1)),
    perPage(project),
    perPage(reference),
    (project / reference).toFixed(2),
    `${cpu[0].toFixed(1)} / ${cpu[1].toFixed(1)} (${(cpu[0] / cpu[1]).toFixed(2)})`,
    steps.map((step) => Math.max(...timings[step].map((timing) => timing.mib)).toFixed(0)).join(' / '),
    rebuild,
  ].join(' | ');
  rows.push(`${before} ${times} ${after}`);
  console.error(rows.at(-1));
}
if (!values.keep) moveAside(work);
rmSync(aside, { recursive: true, force: true });

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}; medians of ${values.runs} alternated runs.\n`,
);
console.log(
  '| sources | records | pages | ingestion and site s | search index s | reference site s | reference search s | project s per 1,000 pages | reference s per 1,000 pages | project / reference | CPU s project / reference (ratio) | peak MiB ingestion and site / search / reference site / reference search | incremental build s ingestion and site / search: from nothing, after one new source (pages copied) | reference input s | dist MiB | attribution HTML KB raw / gz | CSS KB | JS KB | first search KB |',
);
console.log(`|${' ---: |'.repeat(19)}`);
for (const row of rows) console.log(row);
