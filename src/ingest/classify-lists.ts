/**
 * Step 3: lists → roles. Reads each list's lead-in sentence, or failing that the heading above
 * it, and writes whether its items are attributions, composition, or neither ("other", e.g.
 * conditions of appointment). The rule that decided is kept as the records' evidence.
 */
import { headingRole, leadInRole } from './recognisers.ts';
import { mark, type Root } from './tree.ts';

export function classifyLists() {
  return (tree: Root): void => {
    for (const node of tree.children) {
      if (node.type !== 'list') continue;
      const decided = node.leadIn ? leadInRole(node.leadIn.text) : node.heading ? headingRole(node.heading) : null;
      node.role = decided?.role ?? 'other';
      node.rule = decided?.rule ?? (node.leadIn ? 'lead-in:other' : 'no-lead-in');
      for (const item of node.children) {
        if (node.role === 'other') item.reason ??= `item of a list that is neither attributions nor composition (${node.rule})`;
        mark(item.children, `item(${node.role})`, `${item.rule} + ${node.rule}`);
      }
      if (node.leadIn) {
        node.leadIn.block.reason = `lead-in of a list (${node.role}, ${node.rule})`;
        if (node.style !== 'run-in') mark(node.leadIn.block.children, 'lead-in', node.rule);
      }
    }
  };
}
