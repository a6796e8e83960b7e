/**
 * The JSON Schemas of the open data, generated from the zod declarations of published.ts (and
 * the record shapes of src/core/records.ts), so that the files, their schemas and the data
 * page's field tables cannot say different things.
 */
import { z } from 'zod';
import { Alignment, ChangesFile, type DataCollection, DataIndex, dataCollections, RecordFile } from './published.ts';

/** Every published JSON shape, by the name of its schema. */
export const shapes = { ...dataCollections, record: RecordFile, changes: ChangesFile, alignment: Alignment, index: DataIndex } as const;
export type SchemaName = keyof typeof shapes;
export const schemaNames = Object.keys(shapes) as SchemaName[];

export const metaSchema = 'https://json-schema.org/draft/2020-12/schema';

/** Where a schema is published. */
export const schemaPath = (name: SchemaName) => `/data/schemas/${name}.schema.json`;

/** Where a collection is published. */
export const collectionPath = (name: DataCollection) => `/data/${name}.json`;

/** The file, or pattern of files, a schema describes. */
export const describedPath = (name: SchemaName) =>
  name === 'record'
    ? '/data/records/{record id}.json'
    : name === 'changes'
      ? '/data/changes/{source id}.json'
      : name === 'alignment'
        ? '/data/alignments/{country}-{country}.json'
        : name === 'index'
          ? '/data/index.json'
          : collectionPath(name);

/** The JSON Schema of a published shape, with its URL as $id and the file it describes as title. */
export function jsonSchema(name: SchemaName, site: URL | string): Record<string, unknown> {
  const schema = z.toJSONSchema(shapes[name], { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' });
  return { ...schema, $id: new URL(schemaPath(name), site).href, title: describedPath(name) };
}
