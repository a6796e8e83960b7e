/**
 * YAML, read safely: the value of a parsed document, with aliases bounded (an alias bomb is
 * refused, not expanded), and editorial YAML files read and validated by their schema; a
 * problem names the file, the line and column, and the entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { type Document, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';

/** Values that aliases may expand to in one document (yaml's default, made explicit): past it, an alias bomb. */
const maxAliasCount = 100;

/**
 * The value of a parsed, error-free document. Resolving aliases can still fail (an alias bomb,
 * an alias before its anchor): the problem is then a message saying what to do with `what`
 * (the metadata, the registry…), and the offset of the first alias, to place it.
 */
export function yamlValue(document: Document.Parsed, what: string): { value: unknown } | { problem: string; offset: number } {
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

/** Parses a YAML file against a schema; a missing or empty file reads as `empty`. */
export function readYaml<T>(file: string, schema: z.ZodType<T>, empty: unknown): T {
  const name = relative(process.cwd(), file).split(sep).join('/');
  const lineCounter = new LineCounter();
  const document = parseDocument(existsSync(file) ? readFileSync(file, 'utf8') : '', { lineCounter, prettyErrors: false });
  const stop = (offset: number, message: string): never => {
    const { line, col } = lineCounter.linePos(offset);
    throw new Error(`${name}:${line}:${col}: ${message}`);
  };
  const error = document.errors[0];
  if (error) stop(error.pos[0], `Unexpected YAML: ${error.message.split('\n')[0]}; fix the syntax of the file`);
  const read = yamlValue(document, 'file');
  if ('problem' in read) return stop(read.offset, read.problem);
  const parsed = schema.safeParse(read.value ?? empty);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`${name}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
}
