/** axe-core on a page of the built site: its violations, each as `rule: targets`, and the page's status. */
import { createRequire } from 'node:module';
import type { Site } from '../../scripts/browser.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Opens a page in a colour scheme, at a width (1280 px unless told), and runs axe-core on it (a
 * search page with its results shown), with the rule on tap targets of 24 × 24 px (WCAG 2.5.8),
 * which axe leaves off by default.
 */
export async function axeViolations(site: Site, url: string, colorScheme: 'light' | 'dark', width = 1280) {
  // axe-core is injected as an inline script, which the site's policy refuses (tested in security.test.ts).
  const page = await site.browser.newPage({ colorScheme, bypassCSP: true, viewport: { width, height: 800 } });
  const response = await page.goto(url);
  // A search page is checked with its results shown.
  if (url.includes('/search/?')) await page.locator('#search-results > li').first().waitFor();
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
      }
    ).axe.run({ rules: { 'target-size': { enabled: true } } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
  });
  await page.close();
  return { status: response?.status(), violations };
}
