/**
 * The field tables of the data page, read from the published JSON Schemas: nested objects are
 * flattened ("evidence.rule", "anomalies[].type"), and an object that is the item of a
 * collection is named, not described twice.
 */
import { z } from 'zod';
import { jsonSchema, type SchemaName, schemaNames } from './json-schemas.ts';
import { AlignmentRow, AttributionRow, type DataCollection, dataCollections } from './published.ts';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | boolean;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  description?: string;
}

export interface FieldRow {
  name: string;
  /** The type in TypeScript-like notation: string | null, integer[], "a" | "b". */
  type: string;
  /** The collections whose items the field holds, described in their own table. */
  refs: DataCollection[];
  description: string | null;
}

const isObject = (schema: JsonSchema) => schema.type === 'object' && schema.properties !== undefined;

/** The field rows of every published shape: a collection's items, or the whole file for the others. */
export function fieldTables(site: URL | string): Map<SchemaName | 'csv' | 'alignment-csv', FieldRow[]> {
  const schemas = new Map(schemaNames.map((name) => [name, jsonSchema(name, site) as JsonSchema]));
  const itemOf = (name: SchemaName) => (name in dataCollections ? (schemas.get(name)!.properties!.items!.items as JsonSchema) : undefined);
  // A JSON Schema equal to a collection's item stands for that collection.
  const items = new Map(schemaNames.flatMap((name) => (itemOf(name) ? [[JSON.stringify(itemOf(name)), name as DataCollection] as const] : [])));
  const typeOf = (schema: JsonSchema): { type: string; refs: DataCollection[] } => {
    const ref = items.get(JSON.stringify(schema));
    if (ref) return { type: 'object', refs: [ref] };
    const parts = (list: JsonSchema[]) => list.map(typeOf);
    const refs = (list: Array<{ refs: DataCollection[] }>) => list.flatMap((part) => part.refs);
    const union = schema.anyOf ?? schema.oneOf;
    if (union) {
      const branches = parts(union);
      return { type: [...new Set(branches.map((part) => part.type))].join(' | '), refs: refs(branches) };
    }
    if (schema.prefixItems) {
      const members = parts(schema.prefixItems);
      return { type: `[${members.map((part) => part.type).join(', ')}]`, refs: refs(members) };
    }
    if (schema.enum) return { type: schema.enum.map((value) => JSON.stringify(value)).join(' | '), refs: [] };
    if (schema.const !== undefined) return { type: JSON.stringify(schema.const), refs: [] };
    if (schema.type === 'array' && typeof schema.items === 'object') {
      const inner = typeOf(schema.items);
      return { type: inner.type.includes(' ') ? `(${inner.type})[]` : `${inner.type}[]`, refs: inner.refs };
    }
    const type = [schema.type ?? 'any'].flat().join(' | ');
    return { type: schema.format ? type.replace('string', `string (${schema.format})`) : type, refs: [] };
  };
  const rows = (schema: JsonSchema, prefix = ''): FieldRow[] =>
    Object.entries(schema.properties ?? {}).flatMap(([key, field]) => {
      const name = `${prefix}${key}`;
      const { type, refs } = typeOf(field);
      // A nullable field may carry its description on the non-null branch.
      const row = { name, type, refs, description: field.description ?? field.anyOf?.find((branch) => branch.description)?.description ?? null };
      if (refs.length > 0) return [row];
      // Nested objects, nullable objects and arrays of objects are described field by field.
      const nested = field.anyOf?.filter((branch) => branch.type !== 'null');
      if (isObject(field)) return [row, ...rows(field, `${name}.`)];
      if (nested?.length === 1 && isObject(nested[0]!)) return [row, ...rows(nested[0]!, `${name}.`)];
      if (typeof field.items === 'object' && isObject(field.items)) return [row, ...rows(field.items, `${name}[].`)];
      return [row];
    });
  const tables = new Map<SchemaName | 'csv' | 'alignment-csv', FieldRow[]>(schemaNames.map((name) => [name, rows(itemOf(name) ?? schemas.get(name)!)]));
  tables.set('csv', rows(z.toJSONSchema(AttributionRow) as JsonSchema));
  tables.set('alignment-csv', rows(z.toJSONSchema(AlignmentRow) as JsonSchema));
  return tables;
}

/** The rows that several tables share, and each table without them. */
export function splitCommon(tables: Map<string, FieldRow[]>, names: string[]): { common: FieldRow[]; own: Map<string, FieldRow[]> } {
  const key = (row: FieldRow) => JSON.stringify(row);
  const [first = [], ...others] = names.map((name) => tables.get(name) ?? []);
  const common = first.filter((row) => others.every((rows) => rows.some((other) => key(other) === key(row))));
  const shared = new Set(common.map(key));
  return { common, own: new Map(names.map((name) => [name, (tables.get(name) ?? []).filter((row) => !shared.has(key(row)))])) };
}
