/**
 * The site's content collections: the MDX files written by ingestion (`npm run ingest`), read
 * with the same zod schemas that validated them. Ids are the records' own ids.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { generatedFolder as generated } from './lib/generated.ts';
import { Decree, Mission, Official, Organ, Source, type CollectionName } from './schemas.ts';


const loader = (name: CollectionName) =>
  glob({ pattern: '**/*.mdx', base: `${generated}/${name}`, generateId: ({ data }) => String(data.id) });

export const collections = {
  sources: defineCollection({ loader: file(`${generated}/corpus.json`, { parser: (text) => JSON.parse(text).sources }), schema: Source }),
  missions: defineCollection({ loader: loader('missions'), schema: Mission }),
  organs: defineCollection({ loader: loader('organs'), schema: Organ }),
  officials: defineCollection({ loader: loader('officials'), schema: Official }),
  decrees: defineCollection({ loader: loader('decrees'), schema: Decree }),
};
