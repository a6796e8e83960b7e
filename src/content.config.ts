/**
 * The site's content collections: the MDX files written by ingestion (`npm run ingest`), read
 * with the same zod schemas that validated them. Ids are the records' own ids.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as schemas, type CollectionName } from './schemas.ts';

const generated = process.env.SG_OUT ?? 'content/generated';

function collection(name: CollectionName) {
  return defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${generated}/${name}`, generateId: ({ data }) => String(data.id) }),
    schema: schemas[name],
  });
}

export const collections = {
  missions: collection('missions'),
  organs: collection('organs'),
  officials: collection('officials'),
  decrees: collection('decrees'),
};
