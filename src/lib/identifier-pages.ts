/**
 * The language-neutral identifier pages, `/id/{id}/`, one per published record: a quarter of
 * the site's pages, each the same few lines, on which Astro's work per page cost several times
 * the page. Astro renders the first (src/pages/id/[...id].astro, which the dev server renders for
 * every identifier); the build writes the others as files from the same tree, linking the style
 * sheets and script Astro linked to the first, and stops if its own page for the first is not
 * Astro's, byte for byte.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { locales, sourceLocale } from '../core/locales.ts';
import { paths } from '../core/paths.ts';
import { processWide } from '../core/process-wide.ts';
import { useTranslations } from '../i18n/ui.ts';
import { contentSecurityPolicy } from './hosting.ts';
import { siteData } from './site.ts';
import { versionsData } from './versions.ts';

/** A published identifier: where it leads (the end of its redirects), and whether that record's data is published. */
export interface Identifier {
  id: string;
  target: string;
  live: boolean;
}

/** Every published identifier, in the registry's order. */
export async function identifiers(): Promise<Identifier[]> {
  const data = await siteData();
  const { formerById } = await versionsData();
  return data.permalinks.map((entry) => {
    const target = data.resolve(entry.id);
    // A record's data is published whether the current text has it or only an earlier capture.
    return { id: entry.id, target, live: data.byId.has(target) || formerById.has(target) };
  });
}

/** The style sheets and scripts Astro links to a page, as elements. */
interface Assets {
  styles: Element[];
  scripts: Element[];
}

/** The identifier page of `entry`, as Astro renders src/pages/id/[...id].astro. */
export function identifierPage({ id, target, live }: Identifier, site: URL, { styles, scripts }: Assets): string {
  const t = useTranslations(sourceLocale);
  const page = (lang: (typeof locales)[number]) => paths.page(lang, target);
  const head: ElementContent[] = [
    h('meta', { charset: 'utf-8' }),
    h('meta', { httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', `${t('identifier.title')} · ${id}`),
    h('meta', { name: 'description', content: t('identifier.text') }),
    h('link', { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }),
    h('noscript', [h('meta', { httpEquiv: 'refresh', content: `0; url=${page(sourceLocale)}` })]),
    h('meta', { name: 'robots', content: 'noindex' }),
    h('link', { rel: 'canonical', href: new URL(page(sourceLocale), site).href }),
    ...locales.map((lang) => h('link', { rel: 'alternate', hrefLang: lang, href: new URL(page(lang), site).href })),
    ...styles,
  ];
  const links = [
    ...locales.map((lang) =>
      h('li', { lang }, [h('a', { href: page(lang), hrefLang: lang, dataIdentifierTarget: lang }, useTranslations(lang)('identifier.read'))]),
    ),
    ...(live ? [h('li', [h('a', { href: paths.recordData(target), type: 'application/json' }, 'JSON')])] : []),
  ];
  const main = h('main', { id: 'content', className: ['wrap', 'identifier'] }, [
    h('h1', [`${t('identifier.title')} `, h('span', { lang: 'en' }, `/ ${useTranslations('en')('identifier.title')}`)]),
    h('p', [h('code', new URL(paths.identifier(id), site).href)]),
    h('ul', links),
  ]);
  const tree: Root = {
    type: 'root',
    children: [{ type: 'doctype' }, h('html', { lang: sourceLocale, dir: 'ltr' }, [h('head', head), h('body', [main])]), ...scripts],
  };
  return toHtml(tree, { upperDoctype: true, allowDangerousCharacters: true });
}

/** The style sheets in a page's head and the module scripts it loads. */
function assetsOf(html: string): Assets {
  const assets: Assets = { styles: [], scripts: [] };
  visit(fromHtml(html), 'element', (node) => {
    if (node.tagName === 'link' && String(node.properties.rel) === 'stylesheet') assets.styles.push(node);
    if (node.tagName === 'script' && node.properties.src) assets.scripts.push(node);
  });
  return assets;
}

/**
 * In a build (set as it starts), the identifiers the route listed, for the pages written once
 * the site is built; the dev server renders them all.
 */
const build = processWide('identifier-pages', () => ({ writing: false, identifiers: [] as Identifier[] }));

/** The identifiers Astro renders: in a build, only the first; `writeIdentifierPages` writes the others. */
export function rendered(all: Identifier[]): Identifier[] {
  if (!build.writing) return all;
  build.identifiers = all;
  return all.slice(0, 1);
}

/** Called as the build starts: the identifier pages but the first will be written as files. */
export function writeIdentifierFiles(): void {
  build.writing = true;
  build.identifiers = [];
}

/** Writes every identifier page but the first, which Astro rendered into `dist`, from the list the route gave it; returns how many it wrote. */
export function writeIdentifierPages(dist: string, site: URL): number {
  const [first, ...others] = build.identifiers;
  if (!first) return 0;
  const file = (id: string) => join(dist, paths.identifier(id), 'index.html');
  const astro = readFileSync(file(first.id), 'utf8');
  const assets = assetsOf(astro);
  if (identifierPage(first, site, assets) !== astro)
    throw new Error(
      `identifier pages: ${file(first.id)} as written here differs from Astro's page; src/lib/identifier-pages.ts must follow src/pages/id/[...id].astro`,
    );
  for (const entry of others) {
    mkdirSync(join(dist, paths.identifier(entry.id)), { recursive: true });
    writeFileSync(file(entry.id), identifierPage(entry, site, assets));
  }
  return others.length;
}
