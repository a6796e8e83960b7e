/**
 * Step 3: lists → roles. Weighs, for every list, the named features of `list-features.ts` (its
 * lead-in, the heading above it, the form of its items) and writes whether its items are
 * attributions, composition, or neither ("other": conditions of appointment, another body's
 * duties…). A role is chosen only when it scores enough and beats the other by a margin;
 * otherwise the list is "other" and a warning placed on its lead-in names what weighed. A list
 * whose closing item (ending in ".") is followed by items of another form ends there: the rest
 * is weighed as a list of its own. The features and scores stay on the list as evidence.
 */
import type { VFile } from 'vfile';
import {
  bodyOfHeading,
  dutyForms,
  headingFeatures,
  itemFeatures,
  itemForm,
  leadInFeatures,
  MARGIN,
  sectionFeatures,
  THRESHOLD,
  type Feature,
} from './list-features.ts';
import { mark, type Block, type List, type ListRole, type Root } from './tree.ts';

type Scored = Exclude<ListRole, 'other'>;

/** The sum of each role's weighted features, to two decimals. */
function scoresOf(features: readonly Feature[]): Record<Scored, number> {
  const sum = (role: Scored) => Math.round(features.reduce((total, feature) => total + feature.value * feature.weights[role], 0) * 100) / 100;
  return { attributions: sum('attributions'), composition: sum('composition') };
}

/** Every feature of a list: its lead-in, its heading, its items. */
function featuresOf(list: List): Feature[] {
  const inSgSection = list.section != null && bodyOfHeading(list.section) === 'sg';
  return [
    ...(list.leadIn ? leadInFeatures(list.leadIn.text, list.leadIn.context ?? null, inSgSection, Boolean(list.leadIn.parent)) : []),
    // A category's items belong to the list it is a category of.
    ...(list.leadIn?.parent
      ? leadInFeatures(list.leadIn.parent, null, inSgSection).map((feature) => ({ ...feature, feature: `parent-${feature.feature}` }))
      : []),
    ...(list.heading && list.headingFirst !== false ? headingFeatures(list.heading) : []),
    ...sectionFeatures(list.section ?? null, list.leadIn?.text ?? null),
    ...itemFeatures(list.children.filter((item) => item.text !== '').map((item) => item.text)),
  ];
}

/** The role that wins by the margin, or "other". */
function decide(scores: Record<Scored, number>, list: List): ListRole {
  // One item with nothing to introduce it (a bullet left after a list ends) is no list.
  if (list.children.length === 1 && !list.leadIn && !list.features!.some((feature) => feature.feature.startsWith('heading:'))) return 'other';
  const [best, other]: [Scored, Scored] = scores.attributions >= scores.composition ? ['attributions', 'composition'] : ['composition', 'attributions'];
  return scores[best] >= THRESHOLD && scores[best] - scores[other] >= MARGIN ? best : 'other';
}

/**
 * Whether an item shows it is not of a role's list: for composition, anything but a unit; for
 * attributions, anything but a duty that opens with a capital ("En cas d'absence…", "CV du
 * Secrétaire général"): a lower-case opening still reads as the enumeration going on.
 */
function breaksFrom(text: string, role: ListRole): boolean {
  const form = itemForm(text);
  if (role === 'composition') return form !== 'unit';
  return !dutyForms.has(form) && (form !== 'other' || /^\P{Ll}*\p{Lu}/u.test(text));
}

/** Where a classified list ends: after an item closing with "." that is followed by an item of another form. */
function endOf(list: List): number {
  const items = list.children;
  const closed = (item: Block) => /\.["”»)]*$/u.test(item.text);
  // Whether every item so far closes with ".": then a full stop ends an item, not the list.
  let allClosed = items.length > 0 && closed(items[0]!);
  for (let index = 1; index < items.length; index++) {
    const previousClosed = closed(items[index - 1]!);
    allClosed &&= previousClosed;
    if (!(index > 1 && allClosed) && previousClosed && breaksFrom(items[index]!.text, list.role!)) return index;
  }
  return items.length;
}

/** A list left as "other" with at least this score for a role is worth an editor's look. */
const WARN_FROM = THRESHOLD / 2;

const describe = (features: readonly Feature[]) =>
  features.map((feature) => `${feature.feature}${feature.value === 1 ? '' : ` ${feature.value}`}`).join(', ') || 'none';

export function classifyLists() {
  return (tree: Root, file: VFile): void => {
    const out: Root['children'] = [];
    const pending = [...tree.children];
    while (pending.length > 0) {
      const node = pending.shift()!;
      out.push(node);
      if (node.type !== 'list') continue;
      node.features = featuresOf(node);
      node.scores = scoresOf(node.features);
      node.role = decide(node.scores, node);
      node.rule = `list:${node.role}`;
      if (node.role !== 'other') {
        const end = endOf(node);
        if (end < node.children.length) {
          // The rest is weighed alone; it has no lead-in of its own.
          pending.unshift({ ...node, children: node.children.slice(end), leadIn: null, role: undefined, features: undefined, scores: undefined });
          node.children = node.children.slice(0, end);
          node.features = featuresOf(node);
          node.scores = scoresOf(node.features);
        }
      }
      const { attributions, composition } = node.scores;
      if (node.role === 'other' && Math.max(attributions, composition) >= WARN_FROM) {
        const place = (node.leadIn?.block ?? node.children[0]!).children[0]!.position;
        file.message(
          `Unexpected list with no clear role (attributions ${attributions}, composition ${composition}; ${describe(node.features)}), expected a score of ${THRESHOLD} ahead by ${MARGIN}: its items are set aside; teach its layout to src/ingest/list-features.ts if it is the Secrétariat général's`,
          { place: place.start, ruleId: 'list-role', source: 'ingest' },
        );
      }
      for (const item of node.children) {
        if (node.role === 'other') item.reason ??= `item of a list that is neither attributions nor composition (${describe(node.features)})`;
        mark(item.children, `item(${node.role})`, `${item.rule} + ${node.rule}`);
      }
      if (node.leadIn) {
        node.leadIn.block.reason = `lead-in of a list (${node.role})`;
        if (node.style !== 'run-in') mark(node.leadIn.block.children, 'lead-in', node.rule);
      }
    }
    tree.children = out;
  };
}
