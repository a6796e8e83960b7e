/**
 * The incremental build (`SG_INCREMENTAL=1`): over its previous build, a build copies the pages
 * whose data and code did not change (src/lib/page-keys.ts) and renders the rest, and the site it
 * leaves is byte for byte the site the default build, from nothing, makes of the same sources.
 * Checked after a new source of a third country, then after a re-capture of one of the seeds.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../src/core/records.ts';
import { buildSite, root, tempDir } from './helpers.ts';
import { laterMeta, recapturedSources, secondCapture } from './recaptures.ts';

/** Every file of a built site, path → bytes. */
function siteFiles(dist: string): Map<string, Buffer> {
  const paths = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1))
    .sort();
  return new Map(paths.map((path) => [path, readFileSync(join(dist, path))]));
}

/** The files whose bytes differ between two sites, or that only one has. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((path) => {
      const [x, y] = [a.get(path), b.get(path)];
      return !x || !y || !x.equals(y);
    })
    .sort();
}

/**
 * Builds the sources into `dist` over the cache `cache`: the pages with a key it copied from
 * the previous build and those it rendered. Astro keeps a copy of each such page in the cache
 * (under dist/), written when the page is rendered and only read when it is copied.
 */
function build(sources: string, dist: string, cache: string): { copied: string[]; rendered: string[]; corpus: Corpus } {
  const out = join(tempDir(), 'generated');
  const started = Date.now();
  const run = buildSite(dist, { SG_OUT: out, SG_CACHE: cache, SG_INCREMENTAL: '1' }, ['--sources', sources, '--out', out]);
  if (run.status !== 0) throw new Error(run.stdout + run.stderr);
  const kept = join(cache, 'dist');
  const pages = readdirSync(kept, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((file) => ({ path: file.slice(kept.length), copied: statSync(file).mtimeMs < started }));
  return {
    copied: pages.filter((entry) => entry.copied).map((entry) => entry.path),
    rendered: pages.filter((entry) => !entry.copied).map((entry) => entry.path),
    corpus: JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')),
  };
}

/** The same sources built by the default build, from nothing: the site the incremental build must equal. It keeps no page in Astro's cache. */
const fromNothing = (sources: string) => {
  const [dist, out, cache] = [join(tempDir(), 'dist'), join(tempDir(), 'generated'), tempDir('sg-cache-')];
  const run = buildSite(dist, { SG_OUT: out, SG_CACHE: cache }, ['--sources', sources, '--out', out]);
  if (run.status !== 0) throw new Error(run.stdout + run.stderr);
  expect(existsSync(join(cache, 'dist'))).toBe(false);
  return siteFiles(dist);
};

const page = (lang: string, id: string) => `/${lang}/${id}/index.html`;

describe('a build over the previous one', () => {
  it('copies the unchanged pages, renders the changed ones, and leaves the site a build from nothing makes', { timeout: 300_000 }, () => {
    const sources = recapturedSources(false);
    const cache = tempDir('sg-cache-');
    const dist = join(tempDir(), 'dist');
    const first = build(sources, dist, cache);
    expect(first.copied).toEqual([]);
    const before = siteFiles(dist);

    // A new source of a third country, one of the genre fixtures: Senegal sorts after both seeds.
    mkdirSync(join(sources, 'sn'));
    for (const ext of ['txt', 'yaml'])
      copyFileSync(join(root, `tests/fixtures/genre/set1-01-sn-energie-web.${ext}`), join(sources, `sn/secretariat-general-energie.${ext}`));
    const added = build(sources, dist, cache);
    const withSenegal = siteFiles(dist);
    expect(differences(withSenegal, fromNothing(sources))).toEqual([]);
    // Its pages are new; Mali's act and its text show nothing of Senegal and keep their pages, as does every identifier page of the seeds.
    const senegal = added.corpus.missions.find((mission) => mission.country === 'SN')!;
    const act = added.corpus.decrees.find((decree) => decree.country === 'ML')!;
    const maliText = 'ml/secretariat-general/source';
    expect(added.rendered).toEqual(expect.arrayContaining([page('fr', senegal.id), page('en', senegal.id)]));
    expect(added.copied).toEqual(expect.arrayContaining([page('fr', act.id), page('en', act.id), page('fr', maliText), page('en', maliText)]));
    // Astro copies the first identifier page; the build writes the others as files (src/lib/identifier-pages.ts), each the same bytes.
    const seedIdentifiers = first.corpus.permalinks.map((entry) => `/id/${entry.id}/index.html`);
    expect(added.copied).toContain(seedIdentifiers[0]);
    expect(added.rendered.filter((path) => path.startsWith('/id/'))).toEqual([]);
    for (const path of seedIdentifiers) expect(withSenegal.get(path.slice(1))!.equals(before.get(path.slice(1))!), path).toBe(true);
    // A provision of Mali that a provision of Senegal is linked to shows the link: rendered again, and changed.
    const linked = added.corpus.links.find(
      (link) => [link.from, link.to].some((id) => id.startsWith('ml/')) && [link.from, link.to].some((id) => id.startsWith('sn/')),
    )!;
    const malian = [linked.from, linked.to].find((id) => id.startsWith('ml/'))!;
    expect(added.rendered).toContain(page('fr', malian));
    expect(withSenegal.get(page('fr', malian).slice(1))!.equals(before.get(page('fr', malian).slice(1))!)).toBe(false);
    // Every page it copied is the page of the build before.
    for (const path of added.copied) expect(withSenegal.get(path.slice(1))!.equals(before.get(path.slice(1))!), path).toBe(true);

    // Benin re-captured: its changed pages are rendered again; Mali's text keeps its pages.
    writeFileSync(join(sources, 'bj/secretariat-general@2.txt'), secondCapture());
    writeFileSync(join(sources, 'bj/secretariat-general@2.yaml'), laterMeta('2026-12-10'));
    const recaptured = build(sources, dist, cache);
    expect(differences(siteFiles(dist), fromNothing(sources))).toEqual([]);
    const benin = recaptured.corpus.missions.find((mission) => mission.source === 'bj/secretariat-general')!;
    expect(recaptured.rendered).toContain(page('fr', benin.id));
    expect(recaptured.copied).toEqual(expect.arrayContaining([page('fr', maliText), page('en', maliText)]));
  });
});
