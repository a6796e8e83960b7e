/** JSON that is the same bytes for the same value, whatever the order its keys were set in. */
import { configure } from 'safe-stable-stringify';

const stringify = configure({ deterministic: true, circularValue: Error });

/** JSON with keys sorted at every level, two-space indent, final newline. */
export function stableJson(value: unknown): string {
  return `${stringify(value, null, 2)}\n`;
}
