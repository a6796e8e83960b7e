/** JSON that is the same bytes for the same value, whatever the order its keys were set in. */
import { configure } from 'safe-stable-stringify';

const stringify = configure({ deterministic: true, circularValue: Error });

/** A key that JavaScript keeps before all others, in numeric order, whatever the order it was set in. */
const arrayIndex = /^(?:0|[1-9]\d*)$/;

/**
 * The value with every plain object's keys set in sorted order, for the native serialiser, which
 * writes keys in the order they were set; undefined where a key is an array index.
 */
function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index++) {
      const item = sortedCopy(value[index]);
      if (item === undefined && value[index] !== undefined) return undefined;
      copy[index] = item;
    }
    return copy;
  }
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (arrayIndex.test(key)) return undefined;
    const item = (value as Record<string, unknown>)[key];
    const sorted = sortedCopy(item);
    if (sorted === undefined && item !== undefined) return undefined;
    copy[key] = sorted;
  }
  return copy;
}

/**
 * JSON with keys sorted at every level, two-space indent, final newline. The native serialiser
 * writes it several times faster, in one piece; a value with numeric keys goes the slower way.
 */
export function stableJson(value: unknown): string {
  const sorted = sortedCopy(value);
  return `${sorted === undefined && value !== undefined ? stringify(value, null, 2) : JSON.stringify(sorted, null, 2)}\n`;
}

/** What JSON.stringify leaves out of an object, and writes as null in an array. */
const unwritten = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** A plain object or an array, which the pieces open; anything else is written whole. */
const opened = (value: unknown): value is object =>
  Array.isArray(value) || (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && !('toJSON' in value));

/** The pieces of a value's text at an indent, opening `depth` levels of objects and arrays. */
function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth === 0 || !opened(value)) {
    yield stableJson(value).slice(0, -1).replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  const array = Array.isArray(value);
  const record = value as Record<string, unknown>;
  const keys = array
    ? value.map((_, index) => index)
    : Object.keys(value)
        .sort()
        .filter((key) => !unwritten(record[key]));
  if (keys.length === 0) {
    yield array ? '[]' : '{}';
    return;
  }
  yield array ? '[' : '{';
  for (const [index, key] of keys.entries()) {
    yield `${index === 0 ? '' : ','}\n${inner}${array ? '' : `${JSON.stringify(key)}: `}`;
    const item = (value as Record<string | number, unknown>)[key];
    if (array && unwritten(item)) yield 'null';
    else yield* pieces(item, inner, depth - 1);
  }
  yield `\n${indent}${array ? ']' : '}'}`;
}

/**
 * `stableJson`'s text in pieces of about a megabyte, each item of the value's arrays (a
 * collection's items) made on its own: a file of a large corpus is never one string, which
 * would hold its size twice over in memory and which V8 caps at half a gigabyte.
 */
export function* stableJsonPieces(value: unknown, size = 2 ** 20): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces(value, '', 2)) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  batch.push('\n');
  yield batch.join('');
}
