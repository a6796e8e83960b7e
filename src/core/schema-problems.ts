/**
 * Schema problems: the issues of a failed zod parse of a YAML document, as problems an editor
 * can act on, each with the path of the node to place it on and a message saying what is wrong
 * and what to do. The keys missing from one mapping make one problem (one fix: add them); an
 * unknown key is placed on the key and names the keys expected there.
 */
import { z } from 'zod';

export type YamlPath = ReadonlyArray<PropertyKey>;

export interface SchemaProblem {
  kind: 'missing' | 'unknown-key' | 'type' | 'value';
  /** The node to place it on: the mapping that lacks the keys, the unknown key, the value. */
  path: YamlPath;
  /** Whether the place is the key of the node's pair (an unknown key) or the node. */
  on: 'key' | 'value';
  /** The keys missing, or the unknown key; none for a value. */
  keys: string[];
  /** What the node is, for a type problem: mapping, sequence, scalar, empty value, alias. */
  found: string | undefined;
  /** What was expected there, when it can be said ("text", "YYYY-MM-DD", "one of `fr`, `en`"). */
  expected: string | undefined;
  /** The zod issues it stands for. */
  issues: z.core.$ZodIssue[];
}

/** A path as written in messages: `a/b.text.fr_sha256`, `3.label.en`. */
export const pathText = (path: YamlPath) => path.map(String).join('.');

/** `a`, `a` and `b`, `a`, `b` and `c`, each in backticks. */
export function listText(items: readonly string[]): string {
  const quoted = items.map((item) => `\`${item}\``);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'an integer',
  boolean: '`true` or `false`',
  object: 'a mapping (`key: value` lines)',
  record: 'a mapping (`key: value` lines)',
  array: 'a sequence (`- ` entries)',
  tuple: 'a sequence (`- ` entries)',
};

/** What an issue expected, as a phrase to follow "expected"; undefined when zod's message must do. */
function expectation(issue: z.core.$ZodIssue): string | undefined {
  // The project's own messages already say what is expected ("expected an ISO 3166-1 alpha-2 code…").
  if (issue.message.startsWith('expected ')) return issue.message.slice('expected '.length);
  switch (issue.code) {
    case 'invalid_type':
      return typeNames[issue.expected] ?? issue.expected;
    case 'invalid_format':
      if (issue.format === 'date') return 'YYYY-MM-DD';
      if (issue.format === 'url') return 'a URL (https://…)';
      if (issue.format === 'regex' && issue.pattern) return `text matching ${issue.pattern}`;
      return `a valid ${issue.format}`;
    case 'too_small':
    case 'too_big': {
      const [bound, least] = issue.code === 'too_small' ? [issue.minimum, 'at least'] : [issue.maximum, 'at most'];
      if (issue.origin === 'string') return Number(bound) === 1 && issue.code === 'too_small' ? 'a non-empty text' : `${least} ${bound} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${least} ${bound} ${Number(bound) === 1 ? 'entry' : 'entries'}`;
      return `${issue.inclusive === false ? (issue.code === 'too_small' ? 'more than' : 'less than') : least} ${bound}`;
    }
    case 'invalid_value':
      return issue.values.length === 1 ? `\`${String(issue.values[0])}\`` : `one of ${issue.values.map((value) => `\`${String(value)}\``).join(', ')}`;
    case 'not_multiple_of':
      return `a multiple of ${issue.divisor}`;
    default:
      return undefined;
  }
}

/** The keys a schema allows at a path, when an object schema is found there. */
function keysAt(schema: z.ZodType, path: YamlPath): string[] | undefined {
  let current: unknown = schema;
  for (let depth = 0; ;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) current = current.unwrap();
    else if (current instanceof z.ZodPipe) current = current.in;
    else if (depth === path.length) return current instanceof z.ZodObject ? Object.keys(current.shape) : undefined;
    else if (current instanceof z.ZodObject) current = current.shape[String(path[depth++])];
    else if (current instanceof z.ZodArray) [current, depth] = [current.element, depth + 1];
    else if (current instanceof z.ZodRecord) [current, depth] = [current.valueType, depth + 1];
    else return undefined;
  }
}

/**
 * The problems of a failed parse, in the order of its issues. `nodeKind` says what the YAML
 * node at a path is (mapping, sequence, scalar, empty value, alias), or undefined when the
 * document has none there: an issue on a path with no node is a missing key.
 */
export function schemaProblems(issues: z.core.$ZodIssue[], schema: z.ZodType, nodeKind: (path: YamlPath) => string | undefined): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const missing = new Map<string, SchemaProblem>();
  for (const issue of issues) {
    const base = { found: undefined, expected: undefined, issues: [issue] };
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, issue.path);
      for (const key of issue.keys) {
        problems.push({ ...base, kind: 'unknown-key', path: [...issue.path, key], on: 'key', keys: [key], expected: known && `one of ${known.join(', ')}` });
      }
    } else if (issue.path.length > 0 && nodeKind(issue.path) === undefined) {
      const parent = issue.path.slice(0, -1);
      const group = missing.get(pathText(parent));
      if (group) {
        group.keys.push(String(issue.path.at(-1)));
        group.issues.push(issue);
      } else {
        const problem: SchemaProblem = { ...base, kind: 'missing', path: parent, on: 'value', keys: [String(issue.path.at(-1))] };
        missing.set(pathText(parent), problem);
        problems.push(problem);
      }
    } else {
      const kind = issue.code === 'invalid_type' ? 'type' : 'value';
      problems.push({ ...base, kind, path: issue.path, on: 'value', keys: [], found: nodeKind(issue.path), expected: expectation(issue) });
    }
  }
  return problems;
}

/**
 * The standard message of a problem: what is wrong, where, and what to do. `what` names the
 * document as a whole ("metadata", "file"): a problem at its top says to fix it, any other to
 * fix the entry.
 */
export function problemMessage(problem: SchemaProblem, what: string): string {
  const at = pathText(problem.kind === 'unknown-key' ? problem.path.slice(0, -1) : problem.path);
  const whole = problem.path.length === 0 ? `the ${what}` : 'the entry';
  switch (problem.kind) {
    case 'unknown-key':
      return `Unexpected key \`${problem.keys[0]}\`${at ? ` in \`${at}\`` : ''}, ${problem.expected ? `expected ${problem.expected}` : 'expected none there: remove it or correct its spelling'}`;
    case 'missing':
      return `Missing required key${problem.keys.length > 1 ? 's' : ''} ${listText(problem.keys)}${at ? ` in \`${at}\`` : ''}: add ${problem.keys.length > 1 ? 'them' : 'it'} to ${whole}`;
    case 'type':
      return `Unexpected ${problem.found ?? 'value'}${at ? ` for \`${at}\`` : ''}, expected ${problem.expected}; fix ${whole}`;
    case 'value':
      return `Unexpected value${at ? ` for \`${at}\`` : ''}: ${problem.expected ? `expected ${problem.expected}` : problem.issues[0]!.message}; fix ${whole}`;
  }
}
