/**
 * Permanent links: a seed re-captured with an item inserted, one removed, two swapped, a
 * spelling change and a whitespace change keeps every published address — as the same
 * record, a tombstone or a redirect — through ingestion and a real build.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPages } from '../scripts/checks/pages.ts';
import { checkSitemap } from '../scripts/checks/sitemap.ts';
import type { Corpus, Permalink } from '../src/core/records.ts';
import { localSite } from '../src/core/site-url.ts';
import { keepPermalinks } from '../src/ingest/keep-permalinks.ts';
import { readRegistry, registryYaml } from '../src/ingest/permalink-registry.ts';
import { ingestSources } from '../src/ingest/processor.ts';
import { buildSite, root, runCli, tempDir } from './helpers.ts';

const published = readRegistry(join(root, 'content/permalinks.yaml')).entries;
const bj = 'bj/secretariat-general/attribution';
const ids = {
  swappedA: `${bj}/veille-mise-oeuvre-programme-actions-gouvernement`,
  swappedB: `${bj}/veille-aligner-toutes-directions-centrales-directions`,
  misspelt: `${bj}/elabore-met-oeuvre-programme-renforcement-leadership`,
  removed: `${bj}/veille-faire-atteinte-resultats-exigence-institutionnelle`,
  moved: `${bj}/developpe-collaboration-cabinet-ministre-liaison-autres`,
  inserted: `${bj}/assure-veille-juridique-documentaire-ministere`,
};

/** The Benin seed as a new capture: lines are 1-based, as in the file. */
function recapture(removeAlso = false): string {
  const lines = readFileSync(join(root, 'content/sources/bj/secretariat-general.txt'), 'utf8').split('\n');
  const line = (n: number) => lines[n - 1]!;
  const changed = lines.map((text, index) => {
    const n = index + 1;
    if (n === 11) return line(13); // two items swapped
    if (n === 13) return line(11);
    if (n === 15) return text.replace('met en', 'mets en'); // a spelling change in the first words
    if (n === 17) return text.replace(/[\s\u00a0]+/g, ' '); // whitespace only
    return text;
  });
  const drop = new Set([21, ...(removeAlso ? [23] : [])]);
  const kept = changed.flatMap((text, index) =>
    drop.has(index + 1) ? [] : index + 1 === 9 ? [text, '', '- assure la veille juridique et documentaire du Ministère ;'] : [text],
  );
  return kept.join('\n');
}

/** A sources folder with both seeds, Benin's re-captured. */
function sources(removeAlso = false): string {
  const folder = tempDir('sg-recapture-');
  for (const country of ['bj', 'ml']) {
    mkdirSync(join(folder, country));
    copyFileSync(join(root, `content/sources/${country}/secretariat-general.yaml`), join(folder, `${country}/secretariat-general.yaml`));
    copyFileSync(join(root, `content/sources/${country}/secretariat-general.txt`), join(folder, `${country}/secretariat-general.txt`));
  }
  writeFileSync(join(folder, 'bj/secretariat-general.txt'), recapture(removeAlso));
  return folder;
}

describe('re-ingesting a re-captured source', () => {
  it('keeps every published id but the removed one, and names what changed', async () => {
    const { results } = await ingestSources(sources());
    const { results: kept, fresh, kept: changed, lost } = keepPermalinks(results, published);
    const records = kept.flatMap((result) => [...result.missions, ...result.organs, ...result.officials, ...result.decrees]);
    const now = new Set(records.map((record) => record.id));
    expect(published.filter((entry) => !now.has(entry.id)).map((entry) => entry.id)).toEqual([ids.removed]);
    expect(fresh).toEqual([ids.inserted]);
    expect(changed).toEqual([[`${bj}/elabore-mets-oeuvre-programme-renforcement-leadership`, ids.misspelt]]);
    expect(lost.map((entry) => entry.id)).toEqual([ids.removed]);
    // Each kept id carries the text now at its place: the swapped items follow their text.
    const text = (id: string) => records.find((record) => record.id === id)!.text;
    expect(text(ids.swappedA)).toMatch(/^veille à la mise en œuvre du programme d'actions/);
    expect(text(ids.swappedB)).toMatch(/^veille à aligner toutes les directions/);
    expect(text(ids.misspelt)).toMatch(/^élabore et mets en œuvre un programme/);
    // The new item comes first, so the item now on line 11 of the old numbering is on line 13.
    expect(records.find((record) => record.id === ids.swappedB)!.lines).toEqual([13, 13]);
  });

  it('retires a lost record as a tombstone, and records the others as last seen now', async () => {
    const { results } = await ingestSources(sources());
    const { registry, lost } = keepPermalinks(results, published, true);
    expect(lost).toEqual([]);
    const removed = registry.find((entry) => entry.id === ids.removed)!;
    const before = published.find((entry) => entry.id === ids.removed)!;
    expect(removed).toEqual({ ...before, status: 'withdrawn' });
    expect(registry.length).toBe(published.length + 1);
    expect(registry.filter((entry) => entry.status === 'live').length).toBe(published.length);
    expect(registry.find((entry) => entry.id === ids.misspelt)!.text).toMatch(/^élabore et mets en œuvre/);
  });

  it('does not match a changed text to a record of another kind or source', () => {
    const entry: Permalink = { ...published.find((candidate) => candidate.id === ids.removed)!, source: 'ml/secretariat-general' };
    const { lost, fresh } = keepPermalinks([], [entry]);
    expect(lost).toEqual([entry]);
    expect(fresh).toEqual([]);
  });
});

describe('the ingest command', () => {
  it('refuses to lose a published address, placing the message on its registry entry, and writes nothing', () => {
    const registry = join(tempDir(), 'permalinks.yaml');
    copyFileSync(join(root, 'content/permalinks.yaml'), registry);
    const out = join(tempDir(), 'generated');
    const run = runCli(['--sources', sources(), '--out', out, '--permalinks', registry]);
    expect(run.status).toBe(1);
    const line = readFileSync(registry, 'utf8').split('\n').indexOf(`- id: ${ids.removed}`) + 1;
    expect(run.stderr).toContain(`${registry}\n${line}:3 error Unexpected loss`);
    expect(run.stderr).toContain(`Unexpected loss of the published permalink \`${ids.removed}\``);
    expect(run.stderr).toContain('npm run permalinks -- --retire');
    expect(run.stderr).toContain('permalink-lost');
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(registry, 'utf8')).toBe(readFileSync(join(root, 'content/permalinks.yaml'), 'utf8'));
  });

  it('places a malformed registry entry', () => {
    const registry = join(tempDir(), 'permalinks.yaml');
    writeFileSync(registry, `${registryYaml(published.slice(0, 2))}- id: x\n  kind: attribution\n`);
    const run = runCli(['--permalinks', registry, '--out', join(tempDir(), 'generated')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${registry}\n${registryYaml(published.slice(0, 2)).split('\n').length}:3 error Unexpected registry entry: source:`);
    expect(run.stderr).toContain('Unexpected registry entry');
  });
});

describe('a site built from the re-captured source', () => {
  let dist: string;
  let registry: Permalink[];
  let corpus: Corpus;

  beforeAll(() => {
    // One item removed and retired as a tombstone; another removed and moved, by hand, to the new item.
    const file = join(tempDir(), 'permalinks.yaml');
    const edited = published.map((entry): Permalink => (entry.id === ids.moved ? { ...entry, status: 'moved', to: ids.inserted } : entry));
    writeFileSync(file, registryYaml(edited));
    const out = join(tempDir(), 'generated');
    const run = runCli(['--sources', sources(true), '--out', out, '--permalinks', file, '--retire']);
    expect(run.status, run.stderr).toBe(0);
    registry = parse(readFileSync(file, 'utf8')) as Permalink[];
    corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as Corpus;
    dist = join(tempDir(), 'dist');
    const build = buildSite(dist, { SG_OUT: out, SITE_URL: 'https://example.test' });
    expect(build.status, build.stderr).toBe(0);
  }, 180_000);

  const page = (path: string) => {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    return { html, text: textOf(fromHtml(html)).replace(/\s+/g, ' ') };
  };

  it('registers the new item and keeps the retired ones', () => {
    expect(registry.map((entry) => [entry.id, entry.status]).filter(([, status]) => status !== 'live')).toEqual([
      [ids.moved, 'moved'],
      [ids.removed, 'withdrawn'],
    ]);
    expect(registry.find((entry) => entry.id === ids.inserted)?.status).toBe('live');
    expect(corpus.permalinks).toEqual(registry);
  });

  it('resolves every previously published address to its text, a tombstone or a redirect, in both languages', () => {
    const normal = (text: string) => text.replace(/\s+/g, ' ');
    for (const entry of published) {
      for (const lang of ['fr', 'en']) {
        const { html, text } = page(`${lang}/${entry.id}`);
        if (entry.id === ids.removed) {
          expect(html, entry.id).toContain('data-tombstone');
          expect(text).toContain(normal(entry.text));
          // The French text is marked French; its heading, in the page's language, is marked so.
          if (lang === 'en') expect(html).toMatch(/<section [^>]*lang="fr"[^>]*><h2 id="text-fr" lang="en">/);
        } else if (entry.id === ids.moved) {
          expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/${lang}/${ids.inserted}/">`);
          expect(page(`${lang}/${ids.inserted}`).text).toContain('assure la veille juridique et documentaire du Ministère');
        } else if (lang === 'fr') {
          const record = [...corpus.missions, ...corpus.organs, ...corpus.officials, ...corpus.decrees].find((candidate) => candidate.id === entry.id)!;
          expect(text, entry.id).toContain(normal(record.text));
        } else {
          expect(html).not.toContain('data-tombstone');
        }
      }
      const identifier = page(`id/${entry.id}`).html;
      const target = entry.id === ids.moved ? ids.inserted : entry.id;
      expect(identifier).toContain(`<link rel="alternate" hreflang="en" href="https://example.test/en/${target}/">`);
    }
  });

  it('names the address it was built for (SITE_URL) everywhere, never the local one', () => {
    const files = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(html|json|xml|txt|csv)$|^_/.test(entry.name) && !entry.parentPath.includes('pagefind'))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(150);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain(localSite);
    expect(page(`fr/${ids.inserted}`).html).toContain(`<link rel="canonical" href="https://example.test/fr/${ids.inserted}/">`);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>https://example.test/en/${ids.inserted}/</loc>`);
    expect(JSON.parse(readFileSync(join(dist, 'data/missions.json'), 'utf8')).$schema).toBe('https://example.test/data/schemas/missions.schema.json');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.test/sitemap-index.xml\n');
  });

  it("lists every page but the identifiers in the sitemap, each with its head's alternates: none for a record whose English is not current", () => {
    const pages = readPages(dist);
    const report = checkSitemap(pages, dist, 'https://example.test');
    expect(report.problems).toEqual([]);
    expect(report.checked).toBe(pages.filter((built) => built.path !== '/404.html' && !built.path.startsWith('/id/')).length);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const entry = (path: string) => new RegExp(`<url><loc>https://example.test${path}</loc>(.*?)</url>`).exec(sitemap)?.[1];
    const alternates = (id: string) =>
      [`fr" href="https://example.test/fr/${id}/`, `en" href="https://example.test/en/${id}/`, `x-default" href="https://example.test/fr/${id}/`]
        .map((link) => `<xhtml:link rel="alternate" hreflang="${link}"/>`)
        .join('');
    // The new item has no English yet, the respelt one's English translates the old French.
    for (const id of [ids.inserted, ids.misspelt]) expect([entry(`/fr/${id}/`), entry(`/en/${id}/`)], id).toEqual(['', '']);
    expect(entry(`/en/${ids.swappedA}/`)).toBe(alternates(ids.swappedA));
    expect(entry(`/id/${ids.swappedA}/`)).toBeUndefined();
  });

  it("writes the files static hosts read: a redirect per moved address, the reader's language, the page policy as a header", () => {
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toBe(
      [
        '# Moved identifiers (content/permalinks.yaml, status moved), as permanent redirects.',
        // Forced for Netlify, which would serve the page left at the old address first; plain for Cloudflare Pages.
        `/id/${ids.moved}/ /id/${ids.inserted}/ 301!`,
        `/id/${ids.moved}/ /id/${ids.inserted}/ 301`,
        `/fr/${ids.moved}/ /fr/${ids.inserted}/ 301!`,
        `/fr/${ids.moved}/ /fr/${ids.inserted}/ 301`,
        `/en/${ids.moved}/ /en/${ids.inserted}/ 301!`,
        `/en/${ids.moved}/ /en/${ids.inserted}/ 301`,
        "# Netlify: the root and each identifier in the reader's language (the one chosen on the site, the browser's, French).",
        // The language chosen on the site first (Netlify tests a cookie's name, so one per language),
        // then the browser's, then French; forced, to shadow the root's and the identifier's pages.
        '/ /fr/ 302! Cookie=sg-language-fr',
        '/ /en/ 302! Cookie=sg-language-en',
        '/ /en/ 302! Language=en',
        '/ /fr/ 302!',
        '/id/* /fr/:splat 302! Cookie=sg-language-fr',
        '/id/* /en/:splat 302! Cookie=sg-language-en',
        '/id/* /en/:splat 302! Language=en',
        '/id/* /fr/:splat 302!',
        '',
      ].join('\n'),
    );
    // Every forced rule and every language rule has a forced status or a condition, which Cloudflare
    // Pages does not take: it ignores such a line, so the root keeps its choice there and the
    // identifiers their script, and it takes the plain redirect of each moved address.
    const rules = readFileSync(join(dist, '_redirects'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    const cloudflare = rules.filter((line) => line.split(/\s+/).length <= 3 && /^\S+ \S+( (200|301|302|303|307|308))?$/.test(line));
    expect(cloudflare).toEqual(rules.slice(0, 6).filter((_, at) => at % 2 === 1));
    const headers = readFileSync(join(dist, '_headers'), 'utf8').split('\n');
    expect(headers[0]).toBe('/*');
    const policy = headers.find((line) => line.startsWith('  Content-Security-Policy: '))!.slice('  Content-Security-Policy: '.length);
    expect(headers).toContain('  X-Content-Type-Options: nosniff');
    expect(headers).toContain('  Referrer-Policy: strict-origin-when-cross-origin');
    // The header is the meta tag's policy of every page, plus what only a header can say.
    for (const path of ['fr', `en/${ids.inserted}`, 'fr/search', `fr/${ids.removed}`]) {
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page(path).html)![1]!.replaceAll('&#39;', "'");
      expect(policy, path).toBe(`${meta}; frame-ancestors 'none'`);
    }
  });
});

describe('publishing', () => {
  const publication = (address?: string) => {
    const { SITE_URL: _, ...env } = process.env;
    return spawnSync(process.execPath, [join(root, 'scripts/publication.ts')], {
      cwd: root,
      env: address ? { ...env, SITE_URL: address } : env,
      encoding: 'utf8',
    });
  };

  it('refuses to build for publication without a public address, and says what to set', () => {
    for (const [address, reason] of [
      [undefined, 'SITE_URL is not set'],
      [localSite, 'is not https'],
      ['https://secretariat-general.example.org', 'names a host reserved for examples'],
      ['https://example.test', 'names a host reserved for examples'],
      ['https://sg.gouv.bj/textes/', 'has a path'],
    ] as const) {
      const run = publication(address);
      expect(run.status, address).toBe(1);
      expect(run.stderr).toContain(reason);
      expect(run.stderr).toContain('SITE_URL=https://sg.gouv.xx npm run build:publish');
    }
    expect(publication('https://sg.gouv.bj').status).toBe(0);
  });

  it('has a GitHub Pages workflow that builds for publication and deploys dist/', () => {
    const workflow = parse(readFileSync(join(root, '.github/workflows/pages.yml'), 'utf8'));
    const steps = workflow.jobs.build.steps as Array<{ run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, string> }>;
    expect(steps.find((step) => step.run === 'npm run build:publish')?.env).toEqual({ SITE_URL: expect.stringMatching(/^\$\{\{ vars\.SITE_URL \}\}$/) });
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist' });
    expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });
});
