/**
 * Step 6: prose → general provisions. Reads paragraphs, the part of a lead-in paragraph before
 * its introducing sentence, and the items of lists that are neither attributions nor
 * composition. A text that says something about the Secrétariat général or its head (what it
 * does in general terms, who leads it, who is under its authority, to whom it answers, its
 * rank) becomes a `general` mission. Other prose is left to be set aside with its reason.
 */
import type { VFile } from 'vfile';
import { fold } from '../core/fold.ts';
import { sgMention } from './list-features.ts';
import { addDraft, type Block, lastSentence, linesOfRange, mark, PROSE_REASON, type Root, spanOf } from './tree.ts';

const pronounSubject = /^(?:il|elle)\b/u;
/** The Secrétariat général or its head as the subject: "Le Secrétaire général…", "Il…". */
const sgSubject = /^(?:(?:le|la|l)\s*)?(?:secretariat|secretaire) generale?\b|^(?:il|elle)\b/u;
const missionVerb =
  /\b(?:est|sont) (?:l organe |la structure |le service |l organisme )?chargee?s?\b|\ba pour (?:mission|missions|role|objet)\b|\bveille (?:a|au|aux)\b|\b(?:assure|coordonne|anime|supervise|exerce)\b|\b(?:assiste|seconde) (?:le|la|les)\b|\best responsable (?:de|du|des)\b/u;
/** How the Secrétariat général stands: who leads it, whom it answers to, who answers to it, its rank. */
const standing =
  /\b(?:dirigee?s?|placee?s?|sous l autorite|sous la responsabilite|rattachee?s?|assistee?s?|secondee?s?|a rang|principal collaborateur|nommee?s?|releve|rend compte|repond|supplee|interim|remplace|chef de l administration|dispose|comprend|est composee?|est l organe|recoit)\b/u;

/** Whether a text states something, in general terms, about the Secrétariat général or its head. */
export function isGeneralStatement(text: string, asItem = false): boolean {
  const folded = fold(text).replace(/\s+/g, ' ').trim();
  if (/:$/u.test(folded)) return false;
  if (asItem && !sgSubject.test(folded)) return false;
  const about = sgMention.test(folded) || pronounSubject.test(folded);
  return about && (missionVerb.test(folded) || standing.test(folded));
}

export function extractGeneral() {
  return (tree: Root, file: VFile): void => {
    let ordinal = 0;
    // Lines that name an official: news of an appointment is that official's record, not a provision.
    const officialLines = new Set(
      (file.data.drafts ?? [])
        .filter((draft) => draft.kind === 'official')
        .flatMap((draft) => Array.from({ length: draft.lines[1] - draft.lines[0] + 1 }, (_, at) => draft.lines[0] + at)),
    );
    const consider = (block: Block, text: string, asItem = false) => {
      if (text === '' || !isGeneralStatement(text, asItem)) {
        block.reason ??= PROSE_REASON;
        return;
      }
      if (block.children.some((line) => officialLines.has(line.position.start.line))) return;
      ordinal += 1;
      // The lines that hold the statement: a lead-in's introducing sentence may end the paragraph.
      const lines = linesOfRange(block, 0, text.length);
      mark(lines, 'mission(general)', 'general:statement');
      addDraft(file, {
        kind: 'general',
        lines: spanOf(lines),
        text,
        rule: asItem ? 'general:item-of-no-list' : 'general:statement',
        fields: { ordinal, list: null, label: null, article: block.article ?? null },
      });
    };
    for (const node of tree.children) {
      // A paragraph closing with ":" over no list: what comes before its introducing sentence may still be a provision.
      if (node.type === 'block' && node.kind === 'paragraph')
        consider(node, /:$/u.test(node.text) ? node.text.slice(0, node.text.length - lastSentence(node.text).length).trim() : node.text);
      if (node.type !== 'list') continue;
      // The sentences of a lead-in paragraph before the one that introduces the list.
      if (node.leadIn) {
        const { block, text } = node.leadIn;
        const before = block.text.slice(0, block.text.length - text.length).trim();
        if (before !== '') consider(block, before);
      }
      if (node.role === 'other') for (const item of node.children) if (item.text !== '') consider(item, item.text, true);
    }
  };
}
