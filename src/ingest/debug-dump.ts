/**
 * The debug dump: each line of a source with what it was classified as and by which rule.
 */
import type { VFile } from 'vfile';
import type { Root } from './tree.ts';

/** One row per line: `file:line  kind  rule  │ text`. */
export function debugDump(file: VFile, tree: Root): string {
  const path = file.data.source?.file ?? file.path;
  const rows = tree.lines.map((line) => {
    const place = `${path}:${line.position.start.line}`;
    const { kind, rule } = line.data;
    const text = line.text.length > 100 ? `${line.text.slice(0, 99)}…` : line.text;
    return `${place.padEnd(36)} ${kind.padEnd(22)} ${rule.padEnd(44)} │ ${text}`;
  });
  return `${rows.join('\n')}\n`;
}
