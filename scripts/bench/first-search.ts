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
    // Each response's size is known once its body has arrived: all are awaited before they are summed.
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/'))
        sizes.push(
          response
            .request()
            .sizes()
            .then((size) => size.responseBodySize),
        );
    });
    await page.goto(`${site.url}/fr/search/?q=${encodeURIComponent(query)}`);
    await page.waitForLoadState('networkidle');
    return (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  } finally {
    await site.close();
  }
}
