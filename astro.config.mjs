// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { defaultLocale, locales } from './src/core/locales.ts';
import { siteUrl } from './src/core/site-url.ts';
import { sitemapAlternates } from './src/lib/alternates.ts';
import { stageOpenData, writeOpenData } from './src/open-data/files.ts';
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
 * The English translation's coverage, reported as the build starts from the corpus and the
 * translations it reads anyway; an invalid translation file stops it, its errors placed.
 * `npm run translations` lists what is stale or missing.
 * @type {import('astro').AstroIntegration}
 */
const translationCoverage = {
  name: 'translations',
  hooks: {
    'astro:build:start': ({ logger }) => logger.info(coverageLine(coverage(readCorpus(), loadTranslations('content/translations', 'en')))),
  },
};

export default defineConfig({
  // SITE_URL, or the local preview's address; `npm run build:publish` refuses the latter.
  site: siteUrl,
  // The sitemap names each page's language versions where its head does (src/lib/alternates.ts).
  integrations: [mdx(), sitemap(sitemapAlternates(new URL(siteUrl))), translationCoverage, openData],
  markdown: {
    // Legal text is shown as written: no smart quotes or dashes, and only the CommonMark that
    // the ingestion serialiser escapes for (no GFM strikethrough or tables out of "~" and "|").
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
  },
  // Scripts and styles ship as files, never inline: pages can be served with a strict CSP.
  vite: { build: { assetsInlineLimit: 0 } },
  // Several pages at once: while one page's file is written, the next renders (measured by `npm run bench`).
  build: { inlineStylesheets: 'never', concurrency: 8 },
  i18n: {
    locales: [...locales],
    defaultLocale,
    // The root page lets the reader choose; every page lives under /fr/ or /en/.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
});
