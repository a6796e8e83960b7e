/**
 * The open data of the built site: every JSON file under dist/data valid against the schema it
 * names, the index true to the files, the CSV read back (as RFC 4180, and as a spreadsheet reads
 * it), the bytes those the same inputs give again, and each record page linking to its JSON.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkData } from '../../scripts/checks/data.ts';
import { corpusFile, readCorpus } from '../../src/core/read-corpus.ts';
import { loadTranslations } from '../../src/core/translations.ts';
import { bytesOf, dataFiles } from '../../src/open-data/files.ts';
import { root } from '../helpers.ts';
import { siteUrl } from '../../src/core/site-url.ts';

const dist = join(root, 'dist');
const corpus = readCorpus(resolve(root, corpusFile));
const archives = 'ml/secretariat-general/attribution/suivi-bonne-conservation-archives-departement';
const report = checkData(dist, corpus);
/** The header line of /data/attributions.csv, column by column. */
const HEADER =
  'id,country,source,ordinal,article,text_fr,text_en,translation_status,themes,themes_fr,themes_en,comparable,line_first,line_last,source_file,source_sha256,url_id,url_fr,url_en,url_data'.split(
    ',',
  );

describe('dist/data', () => {
  it('holds 55 JSON files, each valid against the schema it names, 13 schemas, and an index true to the files', () => {
    expect(report.problems).toEqual([]);
    expect([report.checked, report.validated, report.schemas]).toEqual([74, 55, 13]);
  });

  it('has a CSV of 26 attributions under a header, read back as RFC 4180', () => {
    expect(report.csv).toHaveLength(27);
    const [header, ...rows] = report.csv;
    const row = Object.fromEntries(header!.map((column, at) => [column, rows.find((cells) => cells[0] === archives)![at]]));
    expect(row).toEqual({
      id: archives,
      country: 'ML',
      source: 'ml/secretariat-general',
      ordinal: '15',
      article: '',
      text_fr: 'Le suivi de la bonne conservation des archives du département.',
      text_en: 'The monitoring of the proper preservation of the archives of the Ministry.',
      translation_status: 'current',
      themes: 'records-archives',
      themes_fr: 'Courrier, documentation et archives',
      themes_en: 'Records, mail and archives',
      comparable: '',
      line_first: '32',
      line_last: '32',
      source_file: 'ml/secretariat-general.txt',
      source_sha256: 'c81e2ba773ddfff79458a4da43d71bd4cbcd4e81631f6f4a99cfdbc59f4f5581',
      url_id: `${siteUrl}/id/${archives}/`,
      url_fr: `${siteUrl}/fr/${archives}/`,
      url_en: `${siteUrl}/en/${archives}/`,
      url_data: `${siteUrl}/data/records/${archives}.json`,
    });
  });

  it('opens in a spreadsheet as UTF-8, with its lines as integers', () => {
    const bytes = readFileSync(join(dist, 'data/attributions.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3));
    const [header, ...rows] = parse(text, { record_delimiter: '\r\n' }) as string[][];
    expect(header).toEqual(HEADER);
    expect(rows).toHaveLength(26);
    for (const row of rows) expect(row).toHaveLength(20);
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]!);
    for (const name of ['ordinal', 'line_first', 'line_last']) for (const value of column(name)) expect(value, name).toMatch(/^\d+$/);
    const mali = rows.find((row) => row[0] === archives)!;
    expect(mali[header!.indexOf('text_fr')]).toBe('Le suivi de la bonne conservation des archives du département.');
    expect(mali[header!.indexOf('text_fr')]).toContain('é');
    expect(mali[header!.indexOf('themes_fr')]).toContain('Courrier');
  });

  it('is byte for byte what the same inputs give again, outside the build', () => {
    const again = dataFiles(corpus, loadTranslations(join(root, 'content/translations'), 'en'), siteUrl);
    expect(again.size).toBe(report.checked);
    for (const [path, file] of again) expect(readFileSync(join(dist, path)), path).toEqual(bytesOf(file));
  });

  it('is linked from every record page, in both languages', () => {
    const records = [...corpus.missions, ...corpus.organs, ...corpus.officials, ...corpus.decrees];
    for (const { id } of records) {
      for (const lang of ['fr', 'en']) {
        const html = readFileSync(join(dist, lang, id, 'index.html'), 'utf8');
        expect(html, `${lang}/${id}`).toContain(`<a href="/data/records/${id}.json" type="application/json">JSON</a>`);
      }
    }
  });
});
