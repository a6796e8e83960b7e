/**
 * Step 4: list items → attribution and organ records. Reads classified lists; writes one draft
 * per non-empty item of a list of attributions (missions) or of composition (organs), numbered
 * within its list. Empty items are skipped here and set aside later with their reason.
 */
import type { VFile } from 'vfile';
import type { Position } from '../core/records.ts';
import { matchName, matchPost } from './recognisers/officials.ts';
import { addDraft, type Root, spanOf } from './tree.ts';

/** Punctuation that separates list items, not part of an organ's name. */
const itemSeparator = /\s*[;,.]+$/u;

/**
 * An organ's name as written: the item without its closing punctuation, and without the person
 * who heads it when an organisation chart gives one ("Cellule juridique : M. Amadou BA").
 */
function organName(text: string): string {
  // "… – Directeur : M. X", "…, dirigée par un Chef de Cellule (M. Y)", "… (poste vacant)": who heads it, not its name.
  const name = (text.replace(itemSeparator, '') || text)
    .replace(/\s+[–—-]\s+(?:Directeur|Directrice|Responsable|Coordonnat(?:eur|rice)|Chef|Sous-Directeur|Sous-Directrice)\b.*$/u, '')
    .replace(/,\s+dirig[ée]e?\s+par\b.*$|\s*\(poste vacant\)$/u, '');
  const head = /\s+[:|–—-]\s+(?=\S)/u.exec(name);
  return head && matchName(name.slice(head.index + head[0].length).replace(itemSeparator, '')) ? name.slice(0, head.index) : name;
}

/** An organ's name, and the post it is when it names one: the Secrétaire général, the deputy (null for a unit). */
function organFields(text: string): { name: string; position: Position | null } {
  const name = organName(text);
  return { name, position: matchPost(name)?.position ?? null };
}

export function extractItems() {
  return (tree: Root, file: VFile): void => {
    let listIndex = 0;
    for (const list of tree.children) {
      if (list.type !== 'list') continue;
      listIndex += 1;
      if (list.role === 'other') continue;
      let ordinal = 0;
      for (const [index, item] of list.children.entries()) {
        if (item.text === '') continue;
        // A copy may repeat a line: the item above holds it already.
        if (index > 0 && item.text === list.children[index - 1]!.text) {
          item.reason = 'repeats the item above it';
          continue;
        }
        ordinal += 1;
        const place = { ordinal, list: listIndex, label: item.label ?? null, article: list.article ?? null };
        addDraft(file, {
          kind: list.role === 'composition' ? 'organ' : 'attribution',
          lines: spanOf(item.children),
          text: item.text,
          rule: `${item.rule} + ${list.rule}`,
          leadIn: list.leadIn ? { text: list.leadIn.text, lines: list.leadIn.lines } : null,
          heading: list.heading,
          classification: { role: list.role!, scores: list.scores!, features: list.features! },
          fields: list.role === 'composition' ? { ...place, ...organFields(item.text) } : place,
        });
      }
    }
  };
}
