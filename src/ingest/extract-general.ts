/**
 * Step 6: prose → general mission statements. Reads paragraphs (and the part of a lead-in
 * paragraph before its introducing sentence); a paragraph whose subject is the Secrétariat
 * général or its head (or "il"/"elle") and whose verb states a mission becomes a `general`
 * mission. Other prose is left to be set aside with its reason.
 */
import type { VFile } from 'vfile';
import { addDraft, fold, linesOfRange, mark, spanOf, type Block, type Root } from './tree.ts';

const subject = /secretai?r|^(?:il|elle)\b/u;
const missionVerb =
  /\b(?:est|sont) (?:l organe |la structure |le service |l organisme )?chargee?s?\b|\ba pour (?:mission|missions|role|objet)\b|\bveille (?:a|au|aux)\b|\b(?:assure|coordonne|anime|supervise|exerce)\b|\b(?:assiste|seconde) (?:le|la|les)\b|\best responsable (?:de|du|des)\b/u;

/** Whether a text states, in general terms, what the Secrétariat général does. */
export function isGeneralStatement(text: string): boolean {
  const folded = fold(text);
  return subject.test(folded) && missionVerb.test(folded);
}

export function extractGeneral() {
  return (tree: Root, file: VFile): void => {
    let ordinal = 0;
    const consider = (block: Block, text: string) => {
      if (text === '' || !isGeneralStatement(text)) {
        block.reason ??= 'prose that states no mission, composition, official or act';
        return;
      }
      ordinal += 1;
      // The lines that hold the statement: a lead-in's introducing sentence may end the paragraph.
      const lines = linesOfRange(block, 0, text.length);
      mark(lines, 'mission(general)', 'general:statement');
      addDraft(file, {
        collection: 'missions',
        lines: spanOf(lines),
        text,
        rule: 'general:statement',
        fields: { kind: 'general', ordinal, list: null, label: null, article: block.article ?? null },
      });
    };
    for (const node of tree.children) {
      if (node.type === 'block' && node.kind === 'paragraph') consider(node, node.text);
      // The sentences of a lead-in paragraph before the one that introduces the list.
      if (node.type === 'list' && node.leadIn) {
        const { block, text } = node.leadIn;
        const before = block.text.slice(0, block.text.indexOf(text)).trim();
        if (before !== '') consider(block, before);
      }
    }
  };
}
