/**
 * The search index step gives Pagefind each searchable page from its body on: the index it writes
 * is the one Pagefind makes of the whole pages, byte for byte, metadata outside the body included.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { close, createIndex } from 'pagefind';
import { expect, it } from 'vitest';
import { root, tempDir } from './helpers.ts';

const page = (lang: string, head: string, header: string, body: string) =>
  `<!DOCTYPE html><html lang="${lang}" dir="ltr"><head><meta charset="utf-8"><title>Titre</title>${head}</head><body><header>${header}<nav><a href="/${lang}/">Accueil</a></nav></header><main><article data-pagefind-body>${body}</article></main><footer>Pied de page</footer></body></html>`;

const pages: Record<string, string> = {
  'fr/a/index.html': page(
    'fr',
    '',
    'Secrétariat général',
    '<h1>Attribution 1</h1><span data-pagefind-filter="country:ML"></span><p>coordonne les services du ministère ;</p>',
  ),
  // Metadata in the head and a filter in the header: Pagefind reads them outside the body.
  'fr/b/index.html': page(
    'fr',
    '<meta data-pagefind-meta="image[content]" content="/b.png">',
    '<span data-pagefind-filter="section:guide"></span>',
    '<h1>Attribution 2</h1><div data-pagefind-ignore><span data-pagefind-sort="position:2"></span>caché</div><p>suit l’exécution du budget.</p>',
  ),
  'en/a/index.html': page(
    'en',
    '<link rel="stylesheet" href="/_astro/a.css">',
    'General Secretariat',
    '<h1>Duty 1</h1><p>coordinates the ministry’s services;</p>',
  ),
  'fr/index.html': '<!DOCTYPE html><html lang="fr"><head><title>Accueil</title></head><body><h1>Accueil</h1></body></html>',
};

/** Every file under a folder, by path. */
const files = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(folder, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name))] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

it('writes the index Pagefind makes of the whole searchable pages', async () => {
  const site = tempDir('sg-search-index-');
  for (const [path, content] of Object.entries(pages)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), content);
  }
  const whole = join(tempDir('sg-search-whole-'), 'pagefind');
  const { index } = await createIndex({});
  for (const [path, content] of Object.entries(pages).sort()) await index!.addHTMLFile({ sourcePath: path, content });
  await index!.writeFiles({ outputPath: whole });
  await close();

  const run = spawnSync(process.execPath, [join(root, 'scripts/search-index.ts'), '--site', site], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('Indexed 3 pages of');
  const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
  expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, (info as { page_count: number }).page_count]))).toEqual({
    en: 1,
    fr: 2,
  });
  const [written, expected] = [files(join(site, 'pagefind')), files(whole)];
  expect(Object.keys(written)).toEqual(Object.keys(expected));
  expect(Object.entries(written).filter(([path, bytes]) => !expected[path]?.equals(bytes))).toEqual([]);
}, 60_000);
