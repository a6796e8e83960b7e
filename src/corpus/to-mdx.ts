/**
 * Serialisation: a record → an MDX document, built as an mdast tree (YAML frontmatter, then the
 * text as a paragraph) and serialised by remark with the MDX and frontmatter extensions, so that
 * braces, angle brackets, import/export lines and script tags in a text come out as literal text.
 */
import type { Root } from 'mdast';
import { remark } from 'remark';
import type { Processor } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { stringify } from 'yaml';

/**
 * A line that opens with `import` or `export` is ESM to MDX: the serialiser is told that such a
 * letter is unsafe at the start of a line, so it writes it as a character reference.
 */
function escapeEsm(this: Processor) {
  const data = this.data();
  data.toMarkdownExtensions ??= [];
  data.toMarkdownExtensions.push({
    unsafe: [
      { character: 'i', atBreak: true, after: 'mport\\b' },
      { character: 'e', atBreak: true, after: 'xport\\b' },
    ],
  });
}

const serializer = remark().use(remarkMdx).use(escapeEsm).use(remarkFrontmatter, ['yaml']).freeze();

/** Deterministic YAML: keys sorted, no line folding; YAML 1.1 so that date-like strings are quoted for readers that would turn them into dates. */
export function toYaml(data: unknown): string {
  return stringify(data, { sortMapEntries: true, lineWidth: 0, version: '1.1' }).trimEnd();
}

/** The MDX document of a record: its fields as frontmatter, its text as the body. */
export function toMdx(record: { text: string } & Record<string, unknown>): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'yaml', value: toYaml(record) },
      { type: 'paragraph', children: [{ type: 'text', value: record.text }] },
    ],
  };
  return serializer.stringify(tree);
}

/** Reads back the text of a generated document (for tests of the round trip). */
export function textOfMdx(document: string): string {
  const tree = serializer.parse(document) as Root;
  const paragraph = tree.children.find((node) => node.type === 'paragraph');
  if (paragraph?.type !== 'paragraph') return '';
  return paragraph.children.map((node) => ('value' in node ? node.value : '')).join('');
}
