/**
 * The unit type an organ's name suggests, for organs no editor has typed: the name is folded
 * (lower case, no accents, apostrophes as spaces) and read against the cue words of each type.
 * Types are tried from the most specific domain to the most general, because a name often
 * joins both: "Cellule de contrôle des marchés publics" is procurement before it is control,
 * "Secrétariat particulier du Secrétaire général" a secretariat before it is the leadership.
 */
import { fold } from '../core/fold.ts';

/** Each type's cue words, most specific first. */
const cues: ReadonlyArray<readonly [type: string, cue: RegExp]> = [
  ['public-procurement', /\bmarches? publics?\b|\bpassation des marches\b|\bcommande publique\b|\bachats? publics?\b/u],
  ['legal-affairs', /\bjuridiques?\b|\bcontentieux\b|\blegislation\b|\breglementation\b/u],
  ['administrative-reform', /\breformes?\b|\bmodernisation\b|\bdemarche qualite\b|\bperformance\b/u],
  ['planning-statistics', /\bplanification\b|\bprogrammation\b|\bstatistiques?\b|\bprospective\b|\bsuivi (?:et d )?evaluation\b|\betudes\b/u],
  ['information-systems', /\binformatique\b|\bsystemes? d information\b|\bnumerique\b|\btechnologies de l information\b/u],
  ['documentation-archives', /\barchiv(?:es?|age)\b|\bdocumentation\b|\bbibliotheque\b/u],
  ['communication', /\bcommunication\b|\brelations publiques\b|\bpresse\b|\binformation\b/u],
  [
    'resources',
    /\bressources humaines\b|\bpersonnel\b|\bfinances?\b|\bfinanci(?:er|ere)s?\b|\bbudget(?:s|aire)?\b|\bmateriel(?:s|les)?\b|\bcomptab\w*|\blogistique\b|\bpatrimoine\b|\bservices generaux\b|\baffaires (?:administratives|generales|communes)\b/u,
  ],
  ['control-audit', /\bcontrole\b|\baudit\b|\binspection\b/u],
  [
    'administrative-secretariat',
    /\bsecretariat (?:administratif|particulier|central|de direction)\b|\bcourrier\b|\bcorrespondances?\b|\bbureau d ordre\b|\baccueil\b/u,
  ],
  [
    'leadership',
    /\bsecretaire (?:generale?|permanente?)\b|\badjointe?\b|\bassistante?\b|\bconseill(?:er|ere)s?\b|\bcharges? de mission\b|\bcabinet\b|\bappui au secretaire\b/u,
  ],
];

/** The ids of the types the rule can suggest, in the order it tries them. */
export const ruleTypes = cues.map(([type]) => type);

/**
 * The type a name suggests among the declared ones, with the folded words that decided it; a
 * name no cue recognises is `other`, with no cue.
 */
export function suggestUnitType(name: string, declared: ReadonlySet<string>): { type: string; cue: string | null } {
  const folded = fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  for (const [type, cue] of cues) {
    if (!declared.has(type)) continue;
    const found = cue.exec(folded);
    if (found) return { type, cue: found[0] };
  }
  return { type: 'other', cue: null };
}
