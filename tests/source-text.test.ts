/**
 * A source's lines as its pages number them: the same as ingestion's, whatever ends the lines,
 * with a BOM dropped and no empty line after a final break.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../src/core/records.ts';
import { captureLines } from '../src/lib/source-text.ts';
import { root } from './helpers.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('captureLines', () => {
  it('splits at LF, CRLF and CR, drops a BOM and opens no line after a final break', () => {
    expect(captureLines(encode('\uFEFFa\r\nb\rc\n'))).toEqual(['a', 'b', 'c']);
    expect(captureLines(encode('a\n\n'))).toEqual(['a', '']);
    expect(captureLines(encode('  a\t\u00a0b'))).toEqual(['  a\t\u00a0b']);
  });

  it('gives each seed as many lines as ingestion counted', () => {
    const corpus = Corpus.parse(JSON.parse(readFileSync(join(root, 'tests/fixtures/seeds/corpus.json'), 'utf8')));
    for (const source of corpus.sources) {
      expect(captureLines(readFileSync(join(root, 'content/sources', source.file))), source.id).toHaveLength(source.line_count);
    }
  });
});
