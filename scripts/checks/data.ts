/**
 * The open data under dist/data: every JSON file valid against the JSON Schema it names, every
 * schema valid for draft 2020-12, as many record files as the corpus has records (current and
 * former), a changes file per source, the index's sizes and checksums those of the files it
 * lists, the CSV an RFC 4180 table after a UTF-8 byte-order mark, one row per attribution, its
 * integers plain digits, and every capture of every source as received, its checksum the corpus's.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { paths as addresses } from '../../src/core/paths.ts';
import type { Corpus } from '../../src/core/records.ts';
import { alignmentPath, countryPairs } from '../../src/open-data/alignments.ts';
import { csvPath, indexPath } from '../../src/open-data/files.ts';
import { schemaNames } from '../../src/open-data/json-schemas.ts';
import { AlignmentRow, AttributionRow, dataCollections } from '../../src/open-data/published.ts';
import { parseCsv } from './csv.ts';

export interface DataReport {
  checked: number;
  problems: string[];
  /** JSON files validated against their schema, and schemas compiled. */
  validated: number;
  schemas: number;
  csv: string[][];
  summary: string;
}

/** Every file under a folder, as site paths ("/data/index.json"), sorted. */
function sitePaths(dist: string, folder: string): string[] {
  return readdirSync(join(dist, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .sort();
}

export function checkData(dist: string, corpus: Corpus): DataReport {
  const problems: string[] = [];
  const paths = sitePaths(dist, 'data');
  const read = (path: string) => readFileSync(join(dist, path));
  // A CSV as a spreadsheet reads it: UTF-8 after the byte-order mark (which the decoder drops), invalid bytes refused.
  const readSpreadsheet = (path: string): string[][] => {
    const bytes = read(path);
    if (!bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) problems.push(`${path}: does not start with a UTF-8 byte-order mark`);
    return parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  };
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  const schemaFiles = paths.filter((path) => path.startsWith('/data/schemas/'));
  for (const path of schemaFiles) {
    try {
      ajv.addSchema(JSON.parse(read(path).toString('utf8')));
    } catch (error) {
      problems.push(`${path}: not a valid JSON Schema: ${(error as Error).message}`);
    }
  }
  let validated = 0;
  for (const path of paths.filter((path) => path.endsWith('.json') && !path.startsWith('/data/schemas/'))) {
    const json = JSON.parse(read(path).toString('utf8')) as { $schema?: string };
    const validate = json.$schema ? ajv.getSchema(json.$schema) : undefined;
    if (!validate) {
      problems.push(`${path}: names no published schema (${json.$schema})`);
      continue;
    }
    validated += 1;
    if (!validate(json)) problems.push(`${path}: ${ajv.errorsText(validate.errors)}`);
  }
  const records = corpus.missions.length + corpus.organs.length + corpus.officials.length + corpus.decrees.length + corpus.former.length;
  const pairs = countryPairs(corpus);
  const expected = Object.keys(dataCollections).length + 1 + records + corpus.sources.length + pairs.length;
  if (validated !== expected)
    problems.push(
      `${validated} JSON files validated, expected ${expected} (collections, index, ${records} records, ${corpus.sources.length} changes, ${pairs.length} alignments)`,
    );
  if (schemaFiles.length !== schemaNames.length) problems.push(`${schemaFiles.length} schemas, expected ${schemaNames.length}`);

  const index = JSON.parse(read(indexPath).toString('utf8')) as { files: Array<{ path: string; bytes: number; sha256: string }> };
  const listed = index.files.map((file) => file.path);
  if (JSON.stringify(listed) !== JSON.stringify(paths.filter((path) => path !== indexPath)))
    problems.push(`${indexPath} lists ${listed.length} files, dist/data has ${paths.length - 1} besides it`);
  for (const file of index.files.filter((file) => paths.includes(file.path))) {
    const bytes = read(file.path);
    if (bytes.length !== file.bytes) problems.push(`${file.path}: ${bytes.length} bytes, the index says ${file.bytes}`);
    if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) problems.push(`${file.path}: SHA-256 differs from the index`);
  }

  // Each capture byte for byte at its address, the current one at the source's own too, with the checksum the corpus gives it.
  let texts = 0;
  for (const source of corpus.sources) {
    const expected = [
      ...source.captures.map((capture) => [addresses.sourceText(source.id, capture.number), capture.sha256] as const),
      [addresses.sourceText(source.id), source.sha256] as const,
    ];
    for (const [path, sha256] of expected) {
      texts += 1;
      if (!existsSync(join(dist, path))) problems.push(`${path}: missing, the source text of ${source.id}`);
      else if (createHash('sha256').update(read(path)).digest('hex') !== sha256) problems.push(`${path}: SHA-256 differs from the corpus's ${sha256}`);
      if (index.files.find((file) => file.path === path)?.sha256 !== sha256) problems.push(`${path}: the index does not list it with the corpus's SHA-256`);
    }
  }

  let csv: string[][] = [];
  try {
    csv = readSpreadsheet(csvPath);
  } catch (error) {
    problems.push(`${csvPath}: ${(error as Error).message}`);
  }
  const attributions = corpus.missions.filter((mission) => mission.kind === 'attribution').length;
  if (csv.length !== attributions + 1) problems.push(`${csvPath}: ${csv.length} rows, expected ${attributions} attributions and a header`);
  if (JSON.stringify(csv[0]) !== JSON.stringify(Object.keys(AttributionRow.shape))) problems.push(`${csvPath}: the header is not the declared columns`);
  if (csv.some((row) => row.length !== csv[0]!.length)) problems.push(`${csvPath}: rows of unequal length`);
  // The integer columns as plain digits, so that no spreadsheet reads them as anything else (a date, a formula).
  for (const column of ['ordinal', 'line_first', 'line_last']) {
    const at = csv[0]?.indexOf(column) ?? -1;
    const bad = csv.slice(1).filter((row) => !/^\d+$/.test(row[at] ?? ''));
    if (at >= 0 && bad.length > 0) problems.push(`${csvPath}: ${column} is not a plain integer in ${bad.length} rows (first: ${bad[0]![0]})`);
  }
  // Each alignment's CSV: its declared columns, one row per link and per provision without counterpart of its JSON.
  for (const pair of pairs) {
    const path = alignmentPath(pair, 'csv');
    try {
      const rows = readSpreadsheet(path);
      const json = JSON.parse(read(alignmentPath(pair, 'json')).toString('utf8')) as { links: unknown[]; unmatched: unknown[] };
      if (JSON.stringify(rows[0]) !== JSON.stringify(Object.keys(AlignmentRow.shape))) problems.push(`${path}: the header is not the declared columns`);
      if (rows.length !== json.links.length + json.unmatched.length + 1)
        problems.push(`${path}: ${rows.length} rows, expected ${json.links.length} links, ${json.unmatched.length} without counterpart and a header`);
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message}`);
    }
  }
  const summary = `${validated} JSON files valid against their schema, ${schemaFiles.length} schemas, ${index.files.length} files in the index, ${Math.max(csv.length - 1, 0)} CSV rows, ${texts} source texts true to the corpus`;
  return { checked: paths.length, problems, validated, schemas: schemaFiles.length, csv, summary };
}
