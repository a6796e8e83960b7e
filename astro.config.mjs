// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://secretariat-general.example.org',
  integrations: [mdx()],
  markdown: {
    // Legal text is shown as written: no smart quotes or dashes, and only the CommonMark that
    // the ingestion serialiser escapes for (no GFM strikethrough or tables out of "~" and "|").
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
  },
  i18n: {
    locales: ['fr', 'en'],
    defaultLocale: 'fr',
    routing: { prefixDefaultLocale: true },
  },
});
