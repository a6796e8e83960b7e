/** A page of the built site on paper: how many A4 pages its PDF has, and the text it prints. */
import type { Page } from 'playwright-core';

/**
 * Prints the page open in `page` on A4 and reads what is printed. The page must already be
 * emulating print media, so that its text is read without what print hides.
 */
export async function printOnA4(page: Page): Promise<{ pages: number; text: string }> {
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  // One page object per printed page (`/Type /Pages` is the tree that holds them).
  const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  // The PDF's text is in compressed, subset-font streams: what prints is read as rendered for print.
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, without what print hides, is the point
  const text = await page.evaluate(() => document.body.innerText);
  return { pages, text };
}
