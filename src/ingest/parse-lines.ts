/**
 * Parser: plain text → a root holding one `block` of kind `blank` or `paragraph` per line, with
 * positions. Reads the decoded text of a vfile; accepts LF, CRLF and CR line ends.
 * Later steps regroup the lines; the line nodes themselves are never rewritten.
 */
import type { Processor } from 'unified';
import { normaliseWhitespace, type Line, type Root } from './tree.ts';

export function parseLines(this: Processor): void {
  this.parser = (document: string): Root => {
    const lines: Line[] = [];
    const breaks = /\r\n|\r|\n/g;
    let offset = 0;
    let number = 1;
    while (offset <= document.length) {
      breaks.lastIndex = offset;
      const found = breaks.exec(document);
      const end = found ? found.index : document.length;
      const value = document.slice(offset, end);
      lines.push({
        type: 'line',
        value,
        text: normaliseWhitespace(value),
        position: {
          start: { line: number, column: 1, offset },
          end: { line: number, column: value.length + 1, offset: end },
        },
        data: { kind: 'unclassified', rule: 'none' },
      });
      if (!found) break;
      offset = found.index + found[0].length;
      number += 1;
      // A final line break ends the last line; it does not open an empty one.
      if (offset === document.length) break;
    }
    return { type: 'root', children: [], lines };
  };
}
