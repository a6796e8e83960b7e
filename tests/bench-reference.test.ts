/**
 * The benchmark's reference reads what a built page shows: its language, its title and the
 * visible text of its main element, words kept apart across elements, nothing hidden or run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageText } from '../scripts/bench/page-text.ts';
import { prepareReference } from '../scripts/bench/reference.ts';
import { readReferencePages } from '../scripts/bench/reference-pages.ts';
import { median } from '../scripts/bench/timed.ts';
import { tempDir } from './helpers.ts';

// The shape of a built record page: breadcrumb, hidden Pagefind metadata, inline spans, a script.
const record = `<!DOCTYPE html><html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>Attribution 2 — Ministère de l’Économie &amp; des Finances · Secrétariat général</title><script type="module" src="/_astro/a.js"></script></head><body><a href="#content">Aller au contenu</a><header>Secrétariat général</header><main id="content" class="wrap"><nav><ol><li><a href="/fr/">Accueil</a></li><li><a href="/fr/ml/">Mali</a></li></ol></nav><article data-pagefind-body><div hidden><span data-pagefind-meta="title:Attribution 2"></span>caché</div><p class="subtitle">Attribution · <span>Secrétariat général</span> · Mali</p><h1>Attribution 2</h1><p>coordonne les activités des services<br>du ministère ;</p><p>l’<abbr title="Organisation des Nations unies">ONU</abbr> et le <em>Cabinet</em></p><template><p>modèle</p></template><script>var copied = 1;</script><style>p { color: red }</style></article></main><footer>Pied de page</footer></body></html>`;

describe('pageText', () => {
  it('reads the language, the title and the main text, words apart where elements break them', () => {
    expect(pageText(record)).toEqual({
      lang: 'fr',
      title: 'Attribution 2 — Ministère de l’Économie & des Finances · Secrétariat général',
      text: 'Accueil Mali Attribution · Secrétariat général · Mali Attribution 2 coordonne les activités des services du ministère ; l’ONU et le Cabinet',
    });
  });

  it('reads the body of a page with no main element', () => {
    expect(
      pageText('<!DOCTYPE html><html lang="en"><head><title>Moved</title></head><body><p>This page <a href="/en/x/">moved</a>.</p></body></html>'),
    ).toEqual({
      lang: 'en',
      title: 'Moved',
      text: 'This page moved.',
    });
  });
});

describe('prepareReference', () => {
  it('writes every HTML page of a build at its address, the root and 404.html included', () => {
    const dist = tempDir('sg-bench-reference-');
    const page = (title: string) => `<html lang="fr"><head><title>${title}</title></head><body><main><p>${title}</p></main></body></html>`;
    for (const [file, title] of [
      ['index.html', 'Accueil'],
      ['404.html', 'Introuvable'],
      ['fr/ml/x/index.html', 'Texte'],
    ] as const) {
      mkdirSync(join(dist, file, '..'), { recursive: true });
      writeFileSync(join(dist, file), page(title));
    }
    writeFileSync(join(dist, '_redirects'), '/a /b 301');
    const file = join(dist, 'pages.jsonl');
    expect(prepareReference(dist, file)).toBe(3);
    const pages = readReferencePages(file).sort((a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path));
    expect(pages).toEqual([
      { path: '', lang: 'fr', title: 'Accueil', text: 'Accueil' },
      { path: '404', lang: 'fr', title: 'Introuvable', text: 'Introuvable' },
      { path: 'fr/ml/x', lang: 'fr', title: 'Texte', text: 'Texte' },
    ]);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([9, 1, 4])).toBe(4);
    expect(median([8, 2, 4, 6])).toBe(5);
    expect(median([3])).toBe(3);
  });
});
