/**
 * Source text is data, never code: hostile text goes through the MDX serialiser and through a
 * real Astro build, and comes out as the same literal text.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { elements } from '../scripts/checks/pages.ts';
import type { Corpus } from '../src/core/records.ts';
import { textOfMdx, toMdx } from '../src/corpus/to-mdx.ts';
import { buildSite, root, tempDir } from './helpers.ts';

const hostile = [
  "import x from 'y' : reprendre les données",
  'export const a = 1 ainsi que',
  'export default function () {}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile text, meant literally
  '{x} et {`${process.exit(1)}`}',
  '<script>alert(1)</script>',
  '</textarea><Component prop={1} />',
  '<!-- commentaire --> & &amp; &#x69;',
  '# pas un titre',
  '> pas une citation',
  '- pas une liste',
  '1. pas une liste',
  '~~barré~~ et | a | b | et *pas* _en_ **gras** et `code`',
  '[lien](javascript:alert(1)) et ![image](x.png) et <https://exemple.org>',
  '---',
  'a\\b et \\{ et \\<',
  "l’apostrophe typographique, l'apostrophe droite, le tiret – et les points…",
];

describe('the MDX serialiser', () => {
  it.each(hostile)('keeps %j as literal text', (text) => {
    const document = toMdx({ id: 'x', text });
    expect(textOfMdx(document)).toBe(text);
  });

  it('writes frontmatter that reads back as the record', async () => {
    const { parse } = await import('yaml');
    const record = { id: 'a/b', text: '{x}', date: '1994-06-03', lines: [1, 2], nested: { b: 1, a: null } };
    const document = toMdx(record);
    expect(parse(document.split('---\n')[1]!)).toEqual(record);
    expect(document).toContain('date: "1994-06-03"');
  });
});

/** An item on a line of over 100,000 characters, hostile all along. */
const long = `veille à ${'la coordination {x} des services <script>alert(1)</script> </textarea> <Component prop={1} /> export const a = 1, '.repeat(1_000)}et au reste ;`;

describe('a site built from new, hostile sources', () => {
  it('shows every record’s text literally', () => {
    const sources = tempDir();
    mkdirSync(join(sources, 'bj'));
    const hostileLines = [...hostile.map((text) => `- ${text} ;`), `- ${long}`].join('\n');
    const fixture = join(root, 'tests/fixtures/ingest/hostile-characters');
    copyFileSync(join(fixture, 'input.yaml'), join(sources, 'bj/hostile.yaml'));
    copyFileSync(join(fixture, 'input.txt'), join(sources, 'bj/hostile.txt'));
    copyFileSync(join(fixture, 'input.yaml'), join(sources, 'bj/more.yaml'));
    writeFileSync(join(sources, 'bj/more.txt'), `Le Secrétariat général est chargé de :\n${hostileLines}\n`);

    // Ingested by the build itself, as `npm run build` does.
    const out = join(tempDir(), 'generated');
    const dist = join(tempDir(), 'dist');
    const build = buildSite(dist, { SG_OUT: out }, ['--sources', sources, '--out', out]);
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toContain(`Ingested 2 sources: ${hostile.length + 6} missions,`);

    const corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as Corpus;
    const decode = (value: string) =>
      value
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
        .replace(/&amp;/g, '&');
    expect(corpus.missions.length).toBe(hostile.length + 6);
    expect(long.length).toBeGreaterThan(100_000);
    expect(corpus.missions.filter((mission) => mission.text === long)).toHaveLength(1);
    for (const mission of corpus.missions) {
      const html = readFileSync(join(dist, 'fr', mission.id, 'index.html'), 'utf8');
      // The French page shows the verbatim text of the record, escaped by Astro.
      const shown = /<div class="verbatim"><p>(.*?)<\/p><\/div>/s.exec(html)?.[1];
      expect(shown === undefined ? undefined : decode(shown), mission.id).toBe(mission.text);
      // No element comes from the text: the only scripts are JSON-LD data and the site's own modules.
      const found = elements(fromHtml(html));
      expect(found.filter((element) => element.tagName === 'script' && element.properties.type !== 'application/ld+json' && !element.properties.src)).toEqual(
        [],
      );
      expect(found.filter((element) => /component|textarea/i.test(element.tagName))).toEqual([]);
    }

    // A new source has no translation yet: its English pages show the French, marked as French,
    // say the translation is pending, and neither language claims the other as its translation.
    const id = corpus.missions[0]!.id;
    const english = readFileSync(join(dist, 'en', id, 'index.html'), 'utf8');
    expect(english).toContain('The English translation of this text is not available yet: the French text is shown.');
    expect(english).toMatch(/<section class="main" lang="fr"[^>]*>.*<div class="verbatim"><p>/s);
    expect(english).not.toContain('hreflang="fr" href=');
    expect(readFileSync(join(dist, 'fr', id, 'index.html'), 'utf8')).not.toContain('<link rel="alternate" hreflang="en"');
  });
});
