/**
 * YAML, read safely and placed: the one reader of every YAML file (sources' metadata, the
 * permalink registry, translations, the glossary, the comparison data). It parses, bounds
 * aliases (an alias bomb is refused, not expanded), validates against a zod schema and reports
 * every problem at once as a fatal vfile message placed on the node it concerns, saying what to
 * do. It also says where any entry is, so that a caller places its own messages (a consistency
 * check, a warning) on the entry they concern.
 */
import { existsSync, readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { listText, pathText, problemMessage, type SchemaProblem, schemaProblems, type YamlPath } from './schema-problems.ts';

export { listText, pathText, problemMessage, type SchemaProblem, type YamlPath };

/** A place in a file, 1-based. */
export interface Point {
  line: number;
  column: number;
}

export interface YamlReadOptions {
  /** What the file is, in messages: "metadata", "registry", "file". */
  what: string;
  /** The value of an empty or missing document. */
  empty: unknown;
  /** The messages' source, the tool that reads: "ingest", "compare", "translations". */
  source: string;
  /** The rule id of schema problems. */
  ruleId: string;
  /** The rule id of syntax and alias problems; "yaml" unless told. */
  syntaxRuleId?: string;
  /** A caller's own wording of a schema problem; undefined keeps the standard one. */
  wording?: (problem: SchemaProblem) => string | undefined;
}

/** What a reading offers whether or not the file was valid. */
export interface Reading {
  /** The file, carrying every message. */
  file: VFile;
  /** Where the node at a path starts (its key's start with `on: 'key'`), else where its nearest existing ancestor does. */
  placeOf(path: YamlPath, on?: 'key' | 'value'): Point;
  /** Adds a message placed on the node at a path; fatal unless told, with the reading's source. */
  report(path: YamlPath, reason: string, options: { ruleId: string; fatal?: boolean; on?: 'key' | 'value' }): VFileMessage;
}

/** A reading: the valid value, or none, the problems being messages on the file. */
export type YamlRead<T> = Reading & ({ ok: true; value: T } | { ok: false; value?: undefined });

/** Values that aliases may expand to in one document (yaml's default, made explicit): past it, an alias bomb. */
const maxAliasCount = 100;

/**
 * The value of a parsed, error-free document. Resolving aliases can still fail (an alias bomb,
 * an alias before its anchor): the problem is then a message saying what to do with `what`
 * (the metadata, the registry…), and the offset of the first alias, to place it.
 */
function yamlValue(document: Document.Parsed, what: string): { value: unknown } | { problem: string; offset: number } {
  try {
    return { value: document.toJS({ maxAliasCount }) };
  } catch (error) {
    let offset = document.contents?.range[0] ?? 0;
    visit(document, {
      Alias(_, node) {
        offset = node.range?.[0] ?? offset;
        return visit.BREAK;
      },
    });
    const message = (error as Error).message;
    const problem = /excessive alias count/i.test(message)
      ? `Unexpected YAML aliases expanding to more than ${maxAliasCount} values (an alias bomb), expected plain values: write the ${what} out without aliases`
      : `Unexpected YAML: ${message}; fix the syntax of the ${what}`;
    return { problem, offset };
  }
}

/** The deepest node of a path that the document has, the key of its pair, and whether it is the whole path. */
function nodeAt(document: Document.Parsed, path: YamlPath): { node: Node | null; key: Node | null; whole: boolean } {
  let [node, key]: [Node | null, Node | null] = [document.contents, null];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return { node, key, whole: false };
      // `key:` with no value is a pair whose value may be null: the key is then its place.
      [node, key] = [(pair.value as Node | null) ?? (pair.key as Node), pair.key as Node];
    } else if (isSeq(node) && typeof segment !== 'symbol' && node.items[Number(segment)]) {
      [node, key] = [node.items[Number(segment)] as Node, null];
    } else {
      return { node, key, whole: false };
    }
  }
  return { node, key, whole: true };
}

/** What a node is, in messages. */
function nodeName(node: Node): string {
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'sequence';
  if (isAlias(node)) return 'alias';
  return isScalar(node) && node.value === null ? 'empty value' : 'scalar';
}

/** Reads a YAML file from its VFile (its value the text) against a schema. */
export function parseYaml<T>(file: VFile, schema: z.ZodType<T>, options: YamlReadOptions): YamlRead<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(String(file.value ?? ''), { lineCounter, prettyErrors: false });
  const pointOf = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const add = (place: Point, reason: string, ruleId: string, fatal = true) => {
    const message = file.message(reason, { place, ruleId, source: options.source });
    message.fatal = fatal;
    return message;
  };
  const placeOf: Reading['placeOf'] = (path, on = 'value') => {
    const { node, key, whole } = nodeAt(document, path);
    return pointOf((on === 'key' && whole && key ? key : node)?.range?.[0] ?? 0);
  };
  const reading: Reading = { file, placeOf, report: (path, reason, { ruleId, fatal, on }) => add(placeOf(path, on), reason, ruleId, fatal) };
  const syntaxRuleId = options.syntaxRuleId ?? 'yaml';

  for (const error of document.errors)
    add(pointOf(error.pos[0]), `Unexpected YAML: ${error.message.split('\n')[0]}; fix the syntax of the ${options.what}`, syntaxRuleId);
  if (document.errors.length > 0) return { ...reading, ok: false };
  const read = yamlValue(document, options.what);
  if ('problem' in read) {
    add(pointOf(read.offset), read.problem, syntaxRuleId);
    return { ...reading, ok: false };
  }
  const parsed = schema.safeParse(read.value ?? options.empty);
  if (parsed.success) return { ...reading, ok: true, value: parsed.data };
  const nodeKind = (path: YamlPath) => {
    const { node, whole } = nodeAt(document, path);
    return whole && node ? nodeName(node) : undefined;
  };
  for (const problem of schemaProblems(parsed.error.issues, schema, nodeKind)) {
    add(placeOf(problem.path, problem.on), options.wording?.(problem) ?? problemMessage(problem, options.what), options.ruleId);
  }
  return { ...reading, ok: false };
}

/** Reads a YAML file from disk against a schema; a missing file reads as empty. */
export function readYaml<T>(path: string, schema: z.ZodType<T>, options: YamlReadOptions): YamlRead<T> {
  return parseYaml(new VFile({ path, value: existsSync(path) ? readFileSync(path, 'utf8') : '' }), schema, options);
}

/** Whether any of the files carries a fatal message. */
export const anyFatal = (files: readonly VFile[]) => files.some((file) => file.messages.some((message) => message.fatal));

/**
 * Invalid YAML where a caller can only stop (the site's build): the files, to report, and a
 * message listing their fatal messages, each as `file:line:column: reason`.
 */
export class YamlError extends Error {
  readonly files: VFile[];

  constructor(files: VFile[]) {
    super(
      files
        .flatMap((file) => file.messages.filter((message) => message.fatal))
        .map(String)
        .join('\n'),
    );
    this.name = 'YamlError';
    this.files = files;
  }
}
