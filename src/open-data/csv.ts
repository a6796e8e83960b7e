/**
 * CSV for spreadsheets: RFC 4180, UTF-8 after a byte-order mark (without it, some spreadsheets
 * read the file in their locale's code page), a header row, CRLF line ends, fields quoted when
 * they must be (or hold a line break).
 */
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';

/** The rows as CSV, after the byte-order mark, in the columns of their declared shape, in declaration order. */
export function toCsv<T extends z.ZodObject>(rows: Array<z.infer<T>>, shape: T): string {
  return `\uFEFF${stringify(rows, { header: true, columns: Object.keys(shape.shape), record_delimiter: '\r\n', quoted_match: /[\r\n]/ })}`;
}
