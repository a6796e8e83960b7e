/**
 * `npm run bench [-- --sizes 20,65,130,260]`: builds the whole site from seeded synthetic
 * corpora of growing size (a number of source texts each) and prints a Markdown table: pages,
 * seconds per step and per 1,000 pages, peak memory, the size of dist/, what one attribution
 * page weighs on first view, and what a first search downloads. Each step runs as the build
 * runs it, in its own process, timed by GNU time.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { synthetic } from './bench/synthetic.ts';
import { firstSearchBytes } from './bench/first-search.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '20,65,130,260' }, keep: { type: 'boolean', default: false } } });
const root = join(import.meta.dirname, '..');
const work = join(root, 'node_modules/.cache/sg-bench');

/** Runs a command; returns wall seconds and peak resident memory (MiB), or stops on failure. */
function timed(command: string[], env: Record<string, string> = {}): { seconds: number; mib: number } {
  const report = join(work, 'time.txt');
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', report, ...command], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${command.join(' ')} failed:\n${run.stderr.slice(-4000)}`);
  const [seconds, kib] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, mib: kib! / 1024 };
}

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

const node = process.execPath;
const rows: string[] = [];
for (const size of values.sizes.split(',').map(Number)) {
  rmSync(work, { recursive: true, force: true });
  const sources = join(work, 'sources');
  for (let index = 0; index < size; index++) {
    const { country, text, meta } = synthetic(index);
    mkdirSync(join(sources, country), { recursive: true });
    writeFileSync(join(sources, country, `secretariat-general-${index}.txt`), text);
    writeFileSync(join(sources, country, `secretariat-general-${index}.yaml`), meta);
  }
  // The themes, without the editorial decisions about the real texts.
  mkdirSync(join(work, 'comparison'));
  copyFileSync(join(root, 'content/comparison/themes.yaml'), join(work, 'comparison/themes.yaml'));
  const out = join(work, 'generated');
  const dist = join(work, 'dist');
  const env = { SG_OUT: out };
  const ingest = timed([
    node,
    'scripts/ingest.ts',
    '--sources',
    sources,
    '--out',
    out,
    '--comparison',
    join(work, 'comparison'),
    '--permalinks',
    join(work, 'permalinks.yaml'),
    '--register',
  ]);
  const site = timed([node, 'node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', dist], env);
  const search = timed([node, 'node_modules/pagefind/lib/runner/bin.cjs', '--site', dist]);
  const corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8'));
  const records = corpus.missions.length + corpus.organs.length + corpus.officials.length + corpus.decrees.length;
  const all = files(dist);
  const pages = all.filter((file) => file.endsWith('.html')).length;
  const bytes = all.reduce((total, file) => total + statSync(file).size, 0);
  const seconds = ingest.seconds + site.seconds + search.seconds;
  const attribution = corpus.missions.find((mission: { kind: string }) => mission.kind === 'attribution').id;
  const view = firstView(dist, `fr/${attribution}`);
  const searched = await firstSearchBytes(dist, 'archives');
  rows.push(
    `| ${size} | ${records.toLocaleString('en')} | ${pages.toLocaleString('en')} | ${ingest.seconds.toFixed(1)} | ${site.seconds.toFixed(1)} | ${search.seconds.toFixed(1)} | ${((seconds * 1000) / pages).toFixed(2)} | ${Math.max(ingest.mib, site.mib, search.mib).toFixed(0)} | ${(bytes / 1024 / 1024).toFixed(1)} | ${kb(view.html[0]!)} / ${kb(view.html[1]!)} | ${kb(view.css[0]!)} / ${kb(view.css[1]!)} | ${kb(view.js[0]!)} / ${kb(view.js[1]!)} | ${kb(searched)} |`,
  );
  console.error(rows.at(-1));
}
if (!values.keep) rmSync(work, { recursive: true, force: true });

console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}.\n`);
console.log(
  '| sources | records | pages | ingest s | site s | search index s | s per 1,000 pages | peak MiB | dist MiB | attribution HTML KB raw / gz | CSS KB | JS KB | first search KB |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
