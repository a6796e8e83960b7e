/**
 * The built site as a check sees it: every HTML page under dist, parsed once (parse5, through
 * hast-util-from-html), with its links, its ids and its language switcher.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface BuiltPage {
  /** Site path of the page: "/fr/about/", "/404.html". */
  path: string;
  file: string;
  html: string;
  tree: Root;
  ids: Set<string>;
  links: string[];
  lang: string | undefined;
  switcher: string | undefined;
}

/** The site path a file is served at. */
function sitePath(dist: string, file: string): string {
  const path = `/${relative(dist, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every element of a parsed page, in document order. */
export function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    found.push(node);
  });
  return found;
}

/** Every HTML page of a build, parsed. */
export function readPages(dist: string): BuiltPage[] {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return files.map((file) => {
    const html = readFileSync(file, 'utf8');
    const tree = fromHtml(html);
    const page: BuiltPage = { path: sitePath(dist, file), file, html, tree, ids: new Set(), links: [], lang: undefined, switcher: undefined };
    for (const { tagName, properties } of elements(tree)) {
      if (typeof properties.id === 'string') page.ids.add(properties.id);
      if (tagName === 'html') page.lang = String(properties.lang);
      const href = tagName === 'a' || tagName === 'link' ? properties.href : tagName === 'script' || tagName === 'img' ? properties.src : undefined;
      if (typeof href === 'string') page.links.push(href);
      if (tagName === 'a' && properties.dataLangSwitch !== undefined) page.switcher = String(properties.href);
    }
    return page;
  });
}
