/**
 * Layouts of the genre, one folder per feature under tests/fixtures/ingest/<case>/: input.txt
 * and input.yaml, and expected.json written by hand from the text. Each record field listed in
 * expected.json must match exactly, and so must the set-aside lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFolder, makeSources, root } from './helpers.ts';

const fixtures = join(root, 'tests/fixtures/ingest');
const cases = readdirSync(fixtures).sort();

describe('ingestion of the genre’s layouts', () => {
  it('has the layouts the genre needs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });

  it.each(cases)('%s', async (name) => {
    const folder = makeSources({
      [`cases/${name}.txt`]: readFileSync(join(fixtures, name, 'input.txt')),
      [`cases/${name}.yaml`]: readFileSync(join(fixtures, name, 'input.yaml')),
    });
    const corpus = await ingestFolder(folder);
    const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8'));
    expect({
      missions: corpus.missions.map(({ kind, ordinal, text, lines }) => ({ kind, ordinal, text, lines })),
      organs: corpus.organs.map(({ ordinal, text, lines }) => ({ ordinal, name: text, lines })),
      officials: corpus.officials.map(({ post, honorific, name, lines }) => ({ post, honorific, name, lines })),
      decrees: corpus.decrees.map(({ act, number, date, role, lines }) => ({ act, number, date, role, lines })),
      set_aside_lines: corpus.sources[0]!.set_aside.map((entry) => entry.line),
    }).toEqual(expected);
    // Every line set aside carries the reason a step gave it, never the fallback.
    expect(corpus.sources[0]!.set_aside.filter((entry) => entry.rule === 'none')).toEqual([]);
  });
});
