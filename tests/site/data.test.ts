/**
 * The open data of the built site: every JSON file under dist/data valid against the schema it
 * names, the index true to the files, the CSV read back, the bytes those the same inputs give
 * again, and each record page linking to its JSON.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData } from '../../scripts/checks/data.ts';
import { corpusFile, readCorpus } from '../../src/core/read-corpus.ts';
import { loadTranslations } from '../../src/core/translations.ts';
import { dataFiles } from '../../src/open-data/files.ts';
import { root } from '../helpers.ts';
import { siteUrl } from '../../src/core/site-url.ts';

const dist = join(root, 'dist');
const corpus = readCorpus(resolve(root, corpusFile));
const archives = 'ml/secretariat-general/attribution/suivi-bonne-conservation-archives-departement';
const report = checkData(dist, corpus);

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
      label: '•',
      article: '',
      text_fr: 'Le suivi de la bonne conservation des archives du département.',
      text_en: 'The monitoring of the proper preservation of the archives of the Ministry.',
      translation_status: 'current',
      themes: 'records-archives',
      lines: '32-32',
      source_file: 'ml/secretariat-general.txt',
      source_sha256: 'c81e2ba773ddfff79458a4da43d71bd4cbcd4e81631f6f4a99cfdbc59f4f5581',
      url_id: `${siteUrl}/id/${archives}/`,
      url_fr: `${siteUrl}/fr/${archives}/`,
      url_en: `${siteUrl}/en/${archives}/`,
      url_data: `${siteUrl}/data/records/${archives}.json`,
    });
  });

  it('is byte for byte what the same inputs give again, outside the build', () => {
    const again = dataFiles(corpus, loadTranslations(join(root, 'content/translations'), 'en'), siteUrl);
    expect(again.size).toBe(report.checked);
    for (const [path, file] of again) expect(readFileSync(join(dist, path)), path).toEqual(Buffer.from(file.body));
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
