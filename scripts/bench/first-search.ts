/**
 * What a reader's first search downloads: the built site served on 127.0.0.1, its search page
 * opened in Chromium with a query, and the bytes of every search file fetched (the search
 * script, its worker, the WebAssembly, the index chunks and fragments), as transferred.
 */
import { openSite } from '../browser.ts';

/** Bytes transferred from /pagefind/ by a first search for `query` on the French search page. */
export async function firstSearchBytes(dist: string, query: string, port = 4399): Promise<number> {
  const site = await openSite(port, dist);
  try {
    const page = await site.browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/')) bytes += (await response.request().sizes()).responseBodySize;
    });
    await page.goto(`${site.url}/fr/search/?q=${encodeURIComponent(query)}`);
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await site.close();
  }
}
