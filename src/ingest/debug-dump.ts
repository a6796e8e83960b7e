/**
 * The debug dump: each line of a source with what it was classified as and by which rule, and
 * above each list the role it was given, its scores and the features that weighed.
 */
import type { VFile } from 'vfile';
import type { List, Root } from './tree.ts';

/** One row per list: its role, its scores, then each feature with its value and weights. */
function listRow(list: List): string {
  const { attributions, composition } = list.scores ?? { attributions: 0, composition: 0 };
  const features = (list.features ?? []).map(
    (feature) => `${feature.feature}=${feature.value} (${feature.weights.attributions}/${feature.weights.composition})`,
  );
  return `list(${list.role}) ${list.style}, ${list.children.length} items, score attributions ${attributions} / composition ${composition}: ${features.join(', ') || 'no feature'}`;
}

/** One row per line: `file:line  kind  rule  │ text`, each list announced above its first line. */
export function debugDump(file: VFile, tree: Root): string {
  const path = file.data.source?.file ?? file.path;
  const lists = new Map<number, string[]>();
  for (const node of tree.children) {
    if (node.type !== 'list') continue;
    const first = (node.leadIn?.block ?? node.children[0]!).children[0]!.position.start.line;
    lists.set(first, [...(lists.get(first) ?? []), listRow(node)]);
  }
  const rows = tree.lines.flatMap((line) => {
    const place = `${path}:${line.position.start.line}`;
    const { kind, rule } = line.data;
    const text = line.text.length > 100 ? `${line.text.slice(0, 99)}…` : line.text;
    const announced = (lists.get(line.position.start.line) ?? []).map((row) => `${place.padEnd(36)} ${row}`);
    return [...announced, `${place.padEnd(36)} ${kind.padEnd(22)} ${rule.padEnd(44)} │ ${text}`];
  });
  return `${rows.join('\n')}\n`;
}
