// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { defaultLocale, locales } from './src/core/locales.ts';
import { incremental } from './src/core/incremental.ts';
import { siteUrl } from './src/core/site-url.ts';
import { sitemapAlternates } from './src/lib/alternates.ts';
import { stageOpenData, writeOpenData } from './src/open-data/files.ts';
import { writeIdentifierFiles, writeIdentifierPages } from './src/lib/identifier-pages.ts';
import { readCorpus } from './src/core/read-corpus.ts';
import { coverage, coverageLine, loadTranslations } from './src/core/translations.ts';

/** @type {string} */
let cacheDir;

/**
 * The files under /data/ (src/open-data/files.ts), as files rather than as pages: written into
 * Astro's cache as the data page lists them, and moved into the site once its pages are built.
 * @type {import('astro').AstroIntegration}
 */
const openData = {
  name: 'open-data',
  hooks: {
    'astro:config:done': ({ config }) => {
      cacheDir = fileURLToPath(config.cacheDir);
    },
    'astro:build:start': () => stageOpenData(join(cacheDir, 'open-data')),
    'astro:build:done': ({ dir }) => writeOpenData(fileURLToPath(dir), siteUrl),
  },
};

/**
 * The identifier pages but the first (src/lib/identifier-pages.ts), as files rather than pages:
 * a quarter of the site's pages, each the same few lines.
 * @type {import('astro').AstroIntegration}
 */
const identifierPages = {
  name: 'identifier-pages',
  hooks: {
    'astro:build:start': writeIdentifierFiles,
    'astro:build:done': ({ dir, logger }) => {
      logger.info(`${writeIdentifierPages(fileURLToPath(dir), new URL(siteUrl))} identifier pages written`);
    },
  },
};

/** The corpus the pages are built from: resolved once it is written, when the build ingests it. */
let ingested = Promise.resolve();
/** @type {string} */
let outDir;

/** `npm run ingest` with these flags, in a process of its own, its messages passed through; ended with the build if the build stops first. */
const ingest = (/** @type {string[]} */ flags) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('scripts/ingest.ts', import.meta.url)), ...flags], { stdio: 'inherit' });
    const end = () => child.kill();
    process.once('exit', end);
    child.on('error', reject);
    child.on('close', (code) => {
      process.off('exit', end);
      code === 0 ? resolve(undefined) : reject(new Error(`Ingestion stopped (exit code ${code}), its messages above: the site was not built.`));
    });
  });

/**
 * The corpus, ready before the first page. With `SG_INGEST` (the flags of `npm run ingest` as a
 * JSON list, which `npm run build` sets) the build ingests the sources as it starts, in a
 * process of its own, while Vite bundles the site, which needs no corpus; without, it reads the
 * corpus ingested already. Then it reports the English translation's coverage from the corpus
 * and the translations it reads anyway (`npm run translations` lists what is stale or missing).
 * A stopped ingestion or an invalid translation file stops the build, its errors placed; a
 * stopped build leaves no half-built site.
 * @type {import('astro').AstroIntegration}
 */
const corpus = {
  name: 'corpus',
  hooks: {
    'astro:config:setup': ({ command }) => {
      const flags = process.env.SG_INGEST;
      if (command !== 'build' || flags === undefined) return;
      ingested = ingest(JSON.parse(flags));
      // Awaited before the first page; a failure before then must not end the process unreported.
      ingested.catch(() => {});
    },
    'astro:config:done': ({ config }) => {
      outDir = fileURLToPath(config.outDir);
    },
    'astro:build:start': ({ logger, setPrerenderer }) => {
      // A build that stops, wherever it stops, leaves no half-built site: Vite has bundled into it by then.
      process.once('exit', (code) => code !== 0 && rmSync(outDir, { recursive: true, force: true }));
      setPrerenderer((pages) => ({
        ...pages,
        setup: async () => {
          await ingested;
          logger.info(coverageLine(coverage(readCorpus(), loadTranslations('content/translations', 'en'))));
          await pages.setup?.();
        },
      }));
    },
  },
};

export default defineConfig({
  // SITE_URL, or the local preview's address; `npm run build:publish` refuses the latter.
  site: siteUrl,
  // The sitemap names each page's language versions where its head does (src/lib/alternates.ts).
  integrations: [mdx(), sitemap(sitemapAlternates(new URL(siteUrl))), corpus, openData, identifierPages],
  markdown: {
    // Legal text is shown as written: no smart quotes or dashes, and only the CommonMark that
    // the ingestion serialiser escapes for (no GFM strikethrough or tables out of "~" and "|").
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
  },
  // Scripts and styles ship as files, never inline: pages can be served with a strict CSP.
  vite: { build: { assetsInlineLimit: 0 } },
  // Several pages at once: while one page's file is written, the next renders (measured by `npm run bench`).
  build: { inlineStylesheets: 'never', concurrency: 8 },
  // With SG_INCREMENTAL=1, a page whose data and code are unchanged is copied from the previous build.
  experimental: { incrementalBuild: incremental },
  // Astro's cache (the previous build's pages, the open data in the making): SG_CACHE, else node_modules/.astro.
  ...(process.env.SG_CACHE ? { cacheDir: process.env.SG_CACHE } : {}),
  i18n: {
    locales: [...locales],
    defaultLocale,
    // The root page lets the reader choose; every page lives under /fr/ or /en/.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
});
