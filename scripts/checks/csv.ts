/** The reading of a published CSV: RFC 4180 as csv-parse reads it, held to the RFC where csv-parse is lenient. */
import { CsvError, parse } from 'csv-parse/sync';

/**
 * The records of a CSV text: fields separated by ",", records by CRLF, quotes doubled inside quoted fields; a leading
 * byte-order mark is not part of the first field. Throws where the text breaks the rules, saying at what offset (in
 * characters, the mark included) the field that breaks them starts.
 */
export function parseCsv(text: string): string[][] {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const bytes = Buffer.from(text.slice(bom));
  // csv-parse counts bytes, an offset counts characters.
  const offset = (byte: number) => bom + bytes.subarray(0, byte).toString('utf8').length;
  try {
    return parse(bytes, {
      record_delimiter: '\r\n',
      // Rows of unequal length are for the caller to report.
      relax_column_count: true,
      // csv-parse keeps a lone CR or LF in an unquoted field; RFC 4180 allows line breaks only inside quotes.
      cast: (value, context) => {
        if (!context.quoting && /[\r\n]/.test(value))
          throw new Error(`not RFC 4180 CSV at offset ${offset(context.bytes - Buffer.byteLength(value))}: a line break outside quotes`);
        return value;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // csv-parse's count stops at the comma before the field it was reading, or at the start of the record for its first field.
    const start = Number(error.bytes) + (Number(error.index) > 0 ? 1 : 0);
    throw new Error(`not RFC 4180 CSV at offset ${offset(start)}: ${error.message}`);
  }
}
