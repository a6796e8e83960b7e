/** A strict RFC 4180 reader, enough to prove that a published CSV reads back as written. */

/** The records of a CSV text: fields separated by ",", records by CRLF, quotes doubled inside quoted fields. Throws where the text breaks the rules. */
export function parseCsv(text: string): string[][] {
  // One field and what follows it: a comma, a CRLF, or the end of the text.
  const field = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n|$)/y;
  const rows: string[][] = [];
  let row: string[] = [];
  while (field.lastIndex < text.length || row.length > 0) {
    const at = field.lastIndex;
    const match = field.exec(text);
    if (!match) throw new Error(`not RFC 4180 CSV at offset ${at}`);
    row.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]!);
    if (match[3] !== ',') {
      rows.push(row);
      row = [];
      if (match[3] === '') break;
    }
  }
  return rows;
}
