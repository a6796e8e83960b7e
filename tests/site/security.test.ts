/**
 * The Content-Security-Policy in Chromium: every kind of page, search included (its script,
 * worker and WebAssembly), runs under it without a violation, and requests nothing from
 * another origin. The policy is live: an inline script is refused.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../../scripts/browser.ts';

const pages = [
  '/',
  '/fr/',
  '/en/ml/',
  '/fr/ml/secretariat-general/',
  '/en/ml/secretariat-general/attribution/suivi-bonne-conservation-archives-departement/',
  '/fr/bj/secretariat-general/organ/secretariat-administratif/',
  '/fr/ml/secretariat-general/decree/decret-94-202-pm-rm/',
  '/en/compare/bj-ml/',
  '/fr/data/',
  '/en/permalinks/',
  '/fr/search/?q=archives&both=1',
  '/id/ml/secretariat-general/attribution/suivi-bonne-conservation-archives-departement/',
  '/404.html',
];

let site: Site;
beforeAll(async () => {
  site = await openSite(Number(process.env.SITE_TEST_PORT ?? 4391) + 20);
}, 60_000);
afterAll(async () => site?.close());

/** A page that records its policy violations and every request it makes. */
async function watched() {
  const page = await site.browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const violations = (target: Page) => target.evaluate(() => (window as unknown as { violations: string[] }).violations);
  return { page, requests, violations };
}

describe('the Content-Security-Policy', () => {
  it('is respected by every kind of page, search included, with no request to another origin', async () => {
    const { page, requests, violations } = await watched();
    const found: Record<string, string[]> = {};
    for (const path of pages) {
      await page.goto(`${site.url}${path}`);
      await page.waitForLoadState('networkidle');
      found[path] = await violations(page);
    }
    expect(Object.values(found).flat()).toEqual([]);
    // The search ran: its WebAssembly and an index chunk were fetched under the policy.
    expect(requests.some((url) => url.endsWith('.pagefind') && url.includes('/pagefind/wasm.'))).toBe(true);
    expect(requests.some((url) => url.includes('/pagefind/index/'))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(`${site.url}/`))).toEqual([]);
    await page.close();
  });

  it('is live: an inline script is refused', async () => {
    const { page, violations } = await watched();
    await page.goto(`${site.url}/fr/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.ran = "yes"';
      document.body.append(script);
    });
    expect(await page.evaluate(() => document.body.dataset.ran)).toBeUndefined();
    expect(await violations(page)).toEqual(['script-src-elem inline']);
    await page.close();
  });
});
