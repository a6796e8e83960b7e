/**
 * What a built page shows a reader, for the reference site: its language, its title and the
 * visible text of its main element (or of its body where it has none), words kept apart.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';

export interface PageText {
  lang: string;
  title: string;
  text: string;
}

// Text inside these runs on with its neighbours; every other element is a break between words.
const inline = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
const unseen = new Set(['script', 'style', 'template', 'noscript']);

function words(node: Nodes, out: string[]): void {
  if (node.type === 'text') out.push(node.value);
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element' && (unseen.has(node.tagName) || (node as Element).properties.hidden)) return;
  const block = node.type === 'element' && !inline.has(node.tagName);
  if (block) out.push(' ');
  for (const child of node.children) words(child, out);
  if (block) out.push(' ');
}

/** Slices one element out of the page's source, so only that part is parsed (pages are large). */
function slice(html: string, tag: string): string {
  const start = html.indexOf(`<${tag}`);
  const end = html.lastIndexOf(`</${tag}>`);
  return start === -1 || end === -1 ? '' : html.slice(start, end + tag.length + 3);
}

/** The language, title and visible main text of one built HTML page. */
export function pageText(html: string): PageText {
  const lang = /<html[^>]* lang="([^"]+)"/.exec(html)?.[1] ?? '';
  const title = textOf(fromHtml(slice(html, 'title'), { fragment: true })).trim();
  const main = slice(html, 'main') || slice(html, 'body');
  const out: string[] = [];
  words(fromHtml(main, { fragment: true }), out);
  return { lang, title, text: out.join('').replace(/\s+/g, ' ').trim() };
}
