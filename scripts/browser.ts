/**
 * The built site served on 127.0.0.1 by Astro's preview server, and Debian's Chromium driven by
 * playwright-core. Without Chromium the tests fail, saying how to install it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium, type Browser } from 'playwright-core';

const root = join(import.meta.dirname, '..');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless, and nothing that would reach the network on its own. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Site {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Serves a build (dist/ unless told) and starts Chromium. */
export async function openSite(port: number, outDir = `${root}/dist`): Promise<Site> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it with \`apt-get update && apt-get install -y chromium\`, or set CHROMIUM_PATH.`);
  }
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir} is missing: run \`npm run build\` first.`);
  const server = await preview({ root, outDir, logLevel: 'error', server: { host: '127.0.0.1', port } });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
  });
  return {
    url: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
