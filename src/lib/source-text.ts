/**
 * A source's text as its pages show it: every line of a capture as received, the records of
 * that capture as bands of lines, the lines set aside and the anomalies where they stand, the
 * pages a long text is cut into, and every address a source's text is shown at.
 */
import { paths, SOURCE_PAGE_LINES } from '../core/paths.ts';
import { readCapture } from '../core/read-corpus.ts';
import type { Anomaly, Capture, Corpus, CorpusRecord, RecordKind, SetAside, Source } from '../core/records.ts';

/**
 * The lines of a capture's bytes, numbered as ingestion numbers them (src/ingest/parse-lines.ts):
 * a UTF-8 BOM dropped, LF, CRLF and CR all end a line, and a final line break opens no empty line.
 */
export function captureLines(bytes: Uint8Array): string[] {
  const lines = new TextDecoder('utf-8').decode(bytes).split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** How many pages of SOURCE_PAGE_LINES lines a capture is shown on (at least one). */
export const pageCount = (capture: Capture) => Math.max(1, Math.ceil(capture.line_count / SOURCE_PAGE_LINES));

/** The capture a record was read from: the current one, or the earlier one whose checksum it names. */
export function captureOf(source: Source, record: Pick<CorpusRecord, 'source_sha256'>): number {
  if (record.source_sha256 === source.sha256) return source.capture;
  return source.captures.find((capture) => capture.sha256 === record.source_sha256)?.number ?? source.capture;
}

/** A record's lines in one capture. */
export interface Band {
  id: string;
  kind: RecordKind;
  lines: [number, number];
  anomalies: Anomaly[];
}

/** Part of a line: marked when it is the excerpt of an anomaly. */
export interface Piece {
  text: string;
  marked: boolean;
}

/** One line as shown: its number, its text in pieces, why it is set aside, the anomalies noted from it. */
export interface ShownLine {
  n: number;
  pieces: Piece[];
  setAside: SetAside | null;
  anomalies: Anomaly[];
}

/** Consecutive lines covered by the same records (none for the lines between records). */
export interface Run {
  bands: Array<{ band: Band; continued: boolean }>;
  lines: ShownLine[];
}

/** Where each anomaly's excerpt stands in the lines of its band: [line, start, end) ranges, or none when it cannot be found. */
function placeAnomaly(anomaly: Anomaly, band: Band, lines: string[]): Array<[number, number, number]> {
  const words = anomaly.excerpt.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const [first, last] = band.lines;
  const joined = lines.slice(first - 1, last).join('\n');
  const found = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')).exec(joined);
  if (!found) return [];
  const ranges: Array<[number, number, number]> = [];
  let offset = 0;
  for (let n = first; n <= last; n += 1) {
    const length = lines[n - 1]!.length;
    const start = Math.max(found.index, offset);
    const end = Math.min(found.index + found[0].length, offset + length);
    if (start < end) ranges.push([n, start - offset, end - offset]);
    offset += length + 1;
  }
  return ranges;
}

/** A line cut into pieces at the marked ranges (sorted, not overlapping once merged). */
function cut(text: string, ranges: Array<[number, number]>): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    if (end <= at) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(Math.max(start, at), end), marked: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** A capture as its pages show it: its lines and the bands of its records. */
export interface CaptureText {
  source: Source;
  capture: Capture;
  lines: string[];
  bands: Band[];
  /** The lines of a page, grouped in runs of the same records. */
  runs: (page: number) => Run[];
}

const texts = new Map<string, CaptureText>();

/** A capture of a source, read from the generated sources/ on first use. */
export function captureText(corpus: Corpus, sourceId: string, number: number): CaptureText {
  const key = `${sourceId}@${number}`;
  const known = texts.get(key);
  if (known) return known;
  const source = corpus.sources.find((candidate) => candidate.id === sourceId)!;
  const capture = source.captures.find((candidate) => candidate.number === number)!;
  const lines = captureLines(readCapture(capture.file));
  const bands = corpus.histories
    .filter((history) => history.source === sourceId)
    .flatMap((history) =>
      history.versions
        .filter((version) => version.capture === number)
        .map((version): Band => ({ id: history.id, kind: history.kind, lines: version.lines, anomalies: version.anomalies })),
    )
    .sort((a, b) => a.lines[0] - b.lines[0] || a.lines[1] - b.lines[1] || (a.id < b.id ? -1 : 1));
  const setAside = new Map(capture.set_aside.map((entry) => [entry.line, entry]));
  const marks = new Map<number, Array<[number, number]>>();
  const notes = new Map<number, Anomaly[]>();
  for (const band of bands) {
    for (const anomaly of band.anomalies) {
      const ranges = placeAnomaly(anomaly, band, lines);
      for (const [n, start, end] of ranges) marks.set(n, [...(marks.get(n) ?? []), [start, end]]);
      const noted = ranges[0]?.[0] ?? band.lines[0];
      notes.set(noted, [...(notes.get(noted) ?? []), anomaly]);
    }
  }
  const shown = (n: number): ShownLine => ({
    n,
    pieces: cut(lines[n - 1] ?? '', marks.get(n) ?? []),
    setAside: setAside.get(n) ?? null,
    anomalies: notes.get(n) ?? [],
  });
  const runs = (page: number): Run[] => {
    const first = (page - 1) * SOURCE_PAGE_LINES + 1;
    const last = Math.min(page * SOURCE_PAGE_LINES, lines.length);
    const onPage = bands.filter((band) => band.lines[1] >= first && band.lines[0] <= last);
    const result: Run[] = [];
    let key = '';
    for (let n = first; n <= last; n += 1) {
      const covering = onPage.filter((band) => band.lines[0] <= n && n <= band.lines[1]);
      const runKey = covering.map((band) => band.id).join(' ');
      if (result.length === 0 || runKey !== key) result.push({ bands: covering.map((band) => ({ band, continued: band.lines[0] < n })), lines: [] });
      key = runKey;
      result.at(-1)!.lines.push(shown(n));
    }
    return result;
  };
  const text = { source, capture, lines, bands, runs };
  texts.set(key, text);
  return text;
}

/** What one address of a source's text shows: a page of a capture, reached as that capture, as the current one, or as of a date. */
export interface SourcePage {
  source: string;
  capture: number;
  page: number;
  reached: 'capture' | 'current' | 'date';
  /** For a page reached by date: the date asked. */
  date?: string;
}

/** The path of an address after its language: "/fr/bj/x/source/" → "bj/x/source". */
const afterLanguage = (address: string) => address.split('/').slice(2, -1).join('/');

/**
 * Every address of every source's text, by its path after the language: each page of each
 * capture, the current capture's first page, and the first page of the capture that stood on
 * each date a capture was retrieved.
 */
export function sourcePages(corpus: Corpus): Array<[string, SourcePage]> {
  const pages: Array<[string, SourcePage]> = [];
  for (const source of corpus.sources) {
    pages.push([afterLanguage(paths.source('fr', source.id)), { source: source.id, capture: source.capture, page: 1, reached: 'current' }]);
    for (const capture of source.captures) {
      for (let page = 1; page <= pageCount(capture); page += 1) {
        pages.push([
          afterLanguage(paths.source('fr', source.id, capture.number, page)),
          { source: source.id, capture: capture.number, page, reached: 'capture' },
        ]);
      }
    }
    const dates = [...new Set(source.captures.flatMap((capture) => (capture.retrieved ? [capture.retrieved] : [])))].sort();
    for (const date of dates) {
      const standing = Math.max(
        ...source.captures.filter((capture) => capture.retrieved !== null && capture.retrieved <= date).map((capture) => capture.number),
      );
      pages.push([afterLanguage(paths.sourceAt('fr', source.id, date)), { source: source.id, capture: standing, page: 1, reached: 'date', date }]);
    }
  }
  return pages;
}
