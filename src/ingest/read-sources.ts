/**
 * Reading: a sources folder → one vfile per text, decoded and with validated metadata. Finds
 * every `.txt` with its `.yaml` (nested folders allowed); refuses, with a placed message saying
 * what to do, an unpaired file, a binary or non-UTF-8 text or metadata, an empty text, metadata
 * that is not valid YAML, not a mapping or does not match the schema, and two files whose names
 * fold to one source id. A UTF-8 byte order mark is dropped (the checksum is of the bytes as
 * received).
 *
 * A source may have several captures, each a pair: `<name>.txt` is the first, `<name>@<n>.txt`
 * the n-th. They are numbered without gaps, share country and language, and every capture after
 * the first says when it was retrieved, no earlier than the one before.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { VFile } from 'vfile';
import { anyFatal, parseYaml, pathText } from '../core/read-yaml.ts';
import { SourceMeta } from '../core/records.ts';
import { captureOf, sourceId } from './assign-ids.ts';

/** Every file under a folder, as paths relative to it with "/" separators, sorted. */
async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    for (let k = 1; k < size; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong forms and surrogates.
    if (
      (b === 0xe0 && bytes[i + 1]! < 0xa0) ||
      (b === 0xed && bytes[i + 1]! >= 0xa0) ||
      (b === 0xf0 && bytes[i + 1]! < 0x90) ||
      (b === 0xf4 && bytes[i + 1]! >= 0x90)
    )
      return i;
    i += size;
  }
  return -1;
}

/** Line and column (1-based) of a byte offset, counting columns in characters. */
function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}

/** Decodes a file, text or metadata, failing it with a placed message when it is not UTF-8 text. */
function decode(file: VFile, bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    file.fail('Unexpected NUL byte, expected plain text: this looks like a binary file; export the text as UTF-8 plain text', {
      place: placeOfByte(bytes, nul),
      ruleId: 'binary',
      source: 'ingest',
    });
  }
  const bad = invalidUtf8At(bytes);
  if (bad !== -1) {
    file.fail(
      `Unexpected byte 0x${bytes[bad]!.toString(16).padStart(2, '0')}, expected UTF-8: convert the file to UTF-8 (e.g. \`iconv -f WINDOWS-1252 -t UTF-8\`)`,
      { place: placeOfByte(bytes, bad), ruleId: 'encoding', source: 'ingest' },
    );
  }
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

/** Decodes a source text, failing the file with a placed message when it is not UTF-8 text or is empty. */
export function decodeText(file: VFile, bytes: Uint8Array): string {
  const text = decode(file, bytes);
  if (text.trim() === '') {
    file.fail('Unexpected empty text, expected the source text: add its content or remove the pair', {
      place: { line: 1, column: 1 },
      ruleId: 'empty',
      source: 'ingest',
    });
  }
  return text;
}

/**
 * Validates metadata, placing each problem on the YAML node it concerns; undefined when it is
 * invalid, its messages on the file. The wording is the metadata's own where it names the key
 * (`Unexpected value for \`country\`: …`) or the whole (not a mapping).
 */
function readMeta(file: VFile, yamlText: string): SourceMeta | undefined {
  file.value = yamlText;
  const read = parseYaml(file, SourceMeta, {
    what: 'metadata',
    empty: {},
    source: 'ingest',
    ruleId: 'metadata',
    wording: (problem) => {
      if (problem.kind === 'type' && problem.path.length === 0) {
        return `Unexpected ${problem.found}, expected a mapping of metadata keys (${Object.keys(SourceMeta.shape).slice(0, 3).join(', ')}…): write one \`key: value\` per line`;
      }
      if (problem.kind === 'type' || problem.kind === 'value') return `Unexpected value for \`${pathText(problem.path)}\`: ${problem.issues[0]!.message}`;
      return undefined;
    },
  });
  return read.value;
}

/** A text under a two-letter folder must be of that country: `ml/x.txt` is Malian. */
function checkCountryFolder(file: VFile, path: string, meta: SourceMeta): void {
  const folder = path.split('/')[0]!;
  if (!path.includes('/') || !/^[a-z]{2}$/.test(folder) || folder === meta.country.toLowerCase()) return;
  file.fail(`Unexpected country \`${meta.country}\` for a text in the folder \`${folder}/\`: correct the country or move the pair`, {
    place: { line: 1, column: 1 },
    ruleId: 'metadata',
    source: 'ingest',
  });
}

export interface ReadResult {
  files: VFile[];
  /** Files that failed, each carrying its fatal message. */
  failed: VFile[];
}

/** Reads every source pair under a folder. Problems are collected, not thrown, so all are reported. */
export async function readSources(folder: string): Promise<ReadResult> {
  const paths = await listFiles(folder);
  const names = new Set(paths);
  const result: ReadResult = { files: [], failed: [] };
  // Texts whose names fold to one source id (`a b.txt`, `A_B.txt`, `a-b.txt`) are each refused, naming the others.
  const texts = Map.groupBy(
    paths.filter((path) => path.endsWith('.txt')),
    (path) => `${sourceId(path)}@${captureOf(path)}`,
  );
  const attempt = async (path: string, read: (file: VFile) => Promise<'skip' | undefined>) => {
    const file = new VFile({ path: join(folder, path), cwd: process.cwd() });
    try {
      if ((await read(file)) !== 'skip') result.files.push(file);
    } catch (error) {
      if (file.messages.some((message) => message.fatal)) result.failed.push(file);
      else throw error;
    }
  };

  for (const path of paths) {
    if (path.endsWith('.yaml') && !names.has(path.replace(/\.yaml$/, '.txt'))) {
      await attempt(path, async (file) => {
        file.fail(`Unexpected metadata without text, expected \`${path.replace(/\.yaml$/, '.txt')}\` beside it: add the text or remove the metadata`, {
          place: { line: 1, column: 1 },
          ruleId: 'unpaired',
          source: 'ingest',
        });
      });
    }
    if (!path.endsWith('.txt')) continue;
    await attempt(path, async (file) => {
      if (captureOf(path) < 2 && /@\d+\.txt$/.test(path)) {
        file.fail(
          `Unexpected capture number in \`${path}\`, expected 2 or more: the first capture is \`${path.replace(/@\d+\.txt$/, '.txt')}\`; file a new capture with \`npm run capture\``,
          {
            place: { line: 1, column: 1 },
            ruleId: 'capture',
            source: 'ingest',
          },
        );
      }
      const others = texts.get(`${sourceId(path)}@${captureOf(path)}`)!.filter((other) => other !== path);
      if (others.length > 0) {
        file.fail(
          `Unexpected source id \`${sourceId(path)}\`, also that of ${others.map((other) => `\`${other}\``).join(', ')}, expected one id per text: rename one of the files so that their names differ in letters or digits (an id keeps only those, in lower case)`,
          { place: { line: 1, column: 1 }, ruleId: 'source-id-collision', source: 'ingest' },
        );
      }
      const yamlPath = path.replace(/\.txt$/, '.yaml');
      if (!names.has(yamlPath)) {
        file.fail(`Missing metadata \`${yamlPath}\`: create it with at least country, language and title`, {
          place: { line: 1, column: 1 },
          ruleId: 'unpaired',
          source: 'ingest',
        });
      }
      const bytes = new Uint8Array(await readFile(join(folder, path)));
      const metaFile = new VFile({ path: join(folder, yamlPath), cwd: process.cwd() });
      let meta: SourceMeta | undefined;
      try {
        meta = readMeta(metaFile, decode(metaFile, new Uint8Array(await readFile(join(folder, yamlPath)))));
        if (meta) checkCountryFolder(metaFile, path, meta);
      } catch (error) {
        if (!anyFatal([metaFile])) throw error;
      }
      if (!meta || anyFatal([metaFile])) {
        result.failed.push(metaFile);
        return 'skip';
      }
      file.value = decodeText(file, bytes);
      file.data.source = { id: sourceId(path), capture: captureOf(path), file: path, sha256: createHash('sha256').update(bytes).digest('hex'), meta };
    });
  }
  return checkCaptures(folder, result);
}

/** The captures of each source, in order, checked against each other; a capture that does not fit fails on its metadata. */
function checkCaptures(folder: string, result: ReadResult): ReadResult {
  const files: VFile[] = [];
  const failed = [...result.failed];
  for (const captures of Map.groupBy(result.files, (file) => file.data.source!.id).values()) {
    captures.sort((a, b) => a.data.source!.capture - b.data.source!.capture);
    let previous: VFile | undefined;
    for (const file of captures) {
      const { capture, meta, file: path } = file.data.source!;
      const metaFile = new VFile({ path: join(folder, path.replace(/\.txt$/, '.yaml')), cwd: process.cwd() });
      const before = previous?.data.source;
      const problem =
        capture !== (before?.capture ?? 0) + 1
          ? `Unexpected capture ${capture} of \`${file.data.source!.id}\` after ${before ? `capture ${before.capture}` : 'none'}, expected capture ${(before?.capture ?? 0) + 1}: captures are numbered without gaps; restore the missing one or renumber this one`
          : before && meta.country !== before.meta.country
            ? `Unexpected country \`${meta.country}\` in capture ${capture}, expected \`${before.meta.country}\` as in capture ${before.capture}: a capture is the same source received again`
            : before && meta.language !== before.meta.language
              ? `Unexpected language \`${meta.language}\` in capture ${capture}, expected \`${before.meta.language}\` as in capture ${before.capture}: a translation is another source, not a capture`
              : before && !meta.retrieved
                ? `Missing \`retrieved\` in capture ${capture}: every capture after the first says when it was retrieved (YYYY-MM-DD)`
                : before?.meta.retrieved && meta.retrieved! < before.meta.retrieved
                  ? `Unexpected \`retrieved\` ${meta.retrieved} in capture ${capture}, expected ${before.meta.retrieved} or later, the date of capture ${before.capture}: correct the date`
                  : undefined;
      if (problem) {
        try {
          metaFile.fail(problem, { place: { line: 1, column: 1 }, ruleId: 'capture', source: 'ingest' });
        } catch {
          failed.push(metaFile);
        }
        continue;
      }
      files.push(file);
      previous = file;
    }
  }
  return { files, failed };
}
