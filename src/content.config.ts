/**
 * The site's content collections: the MDX files written by ingestion (`npm run ingest`), read
 * with the same zod schemas that validated them. Ids are the records' own ids.
 *
 * A record's MDX body is its text as one escaped paragraph, and its frontmatter holds the same
 * text among its fields. The site reads the frontmatter only: compiling thousands of MDX
 * bodies into modules would cost the build most of its time and memory for the same words.
 */

import { defineCollection } from 'astro:content';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { VFile } from 'vfile';
import { matter } from 'vfile-matter';
import { generatedFolder as generated, readCorpus } from './core/read-corpus.ts';
import { type CollectionName, Decree, Mission, Official, Organ, Source } from './core/records.ts';

/** Every MDX record of a collection folder, by its frontmatter. */
const records = (name: CollectionName): Loader => ({
  name: `mdx-records:${name}`,
  load: async ({ store, parseData, generateDigest }) => {
    const folder = join(generated, name);
    const files = (await readdir(folder, { recursive: true })).filter((path) => path.endsWith('.mdx')).sort();
    store.clear();
    for (const path of files) {
      const document = new VFile({ path: join(folder, path), value: await readFile(join(folder, path), 'utf8') });
      matter(document);
      const frontmatter = document.data.matter as { id: string };
      const data = await parseData({ id: frontmatter.id, data: frontmatter, filePath: document.path });
      store.set({ id: frontmatter.id, data, digest: generateDigest(String(document.value)) });
    }
  },
});

export const collections = {
  sources: defineCollection({ loader: () => readCorpus().sources, schema: Source }),
  missions: defineCollection({ loader: records('missions'), schema: Mission }),
  organs: defineCollection({ loader: records('organs'), schema: Organ }),
  officials: defineCollection({ loader: records('officials'), schema: Official }),
  decrees: defineCollection({ loader: records('decrees'), schema: Decree }),
};
