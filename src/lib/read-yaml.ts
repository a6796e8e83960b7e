/** Editorial YAML files, read and validated by their schema; a problem names the file and the entry. */
import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';

/** Parses a YAML file against a schema; a missing or empty file reads as `empty`. */
export function readYaml<T>(file: string, schema: z.ZodType<T>, empty: unknown): T {
  const data = existsSync(file) ? (parse(readFileSync(file, 'utf8')) ?? empty) : empty;
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`${relative(process.cwd(), file).split(sep).join('/')}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
}
