/** Every JSON-LD block parses, is schema.org, and describes the page it is on. */
import { toString as textOf } from 'hast-util-to-string';
import { elements, type BuiltPage } from './pages.ts';

export function checkStructuredData(pages: BuiltPage[], site: string): { checked: number; problems: string[] } {
  const problems: string[] = [];
  let checked = 0;
  for (const page of pages) {
    for (const script of elements(page.tree).filter((element) => element.tagName === 'script' && element.properties.type === 'application/ld+json')) {
      checked += 1;
      try {
        const data = JSON.parse(textOf(script)) as Record<string, unknown>;
        if (data['@context'] !== 'https://schema.org' || typeof data['@type'] !== 'string')
          problems.push(`${page.path}: JSON-LD without schema.org @context and @type`);
        if (data.url !== undefined && data.url !== new URL(page.path, site).href)
          problems.push(`${page.path}: JSON-LD url ${String(data.url)} is not the page's`);
      } catch (error) {
        problems.push(`${page.path}: JSON-LD does not parse: ${(error as Error).message}`);
      }
    }
  }
  return { checked, problems };
}
