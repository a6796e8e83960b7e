/**
 * Acts (décrets, lois, ordonnances, arrêtés…) as the francophone administrations cite them.
 * These patterns are read by src/ingest/extract-decrees.ts, one after the other from where the
 * previous one stopped (sticky), so that each costs at most a few hundred characters of text.
 */
import type { Authority } from '../../core/records.ts';

/**
 * The name of an act, with the qualifiers that may follow it ("arrêté interministériel",
 * "décret présidentiel", "arrêté du Premier Ministre"), then the number mark if any ("n°",
 * "N°", "n º", "No", "no.", "numéro", a bare "n" before the digits). Groups: act, qualifier, mark.
 */
export const actName = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<act>d[ée]cret(?:[-‐‑]loi)?|loi(?:\s+organique)?|ordonnance(?:[-‐‑]loi)?|arr[êe]t[ée]|d[ée]cision|circulaire)(?![\p{L}\p{N}-])` +
    String.raw`(?:\s(?<qualifier>interminist[ée]riel(?:le)?|ex[ée]cuti(?:f|ve)|l[ée]gislati(?:f|ve)|minist[ée]riel(?:le)?|pr[ée]sidentiel(?:le)?|gouvernemental(?:e)?|royal(?:e)?|primatorial(?:e)?|viziriel(?:le)?|conjoint|r[ée]glementaire|du\s(?:premier\sministre|pr[ée]sident\sde\sla\sr[ée]publique|pr[ée]sident\sdu\sfaso|chef\sdu\sgouvernement))(?![\p{L}]))?` +
    String.raw`(?:\s?,?\s?(?<mark>n\s?[°º˚ᵒ]\s?s?\.?|no\.|no(?=\s?\d)|num[ée]ro|num\.|n(?=\s\d)|n\.(?=\s?\d)))?\s?`,
  'giu',
);

/**
 * An act's number: digit groups joined by dashes (any dash), slashes or dots, with spaces around
 * dashes and slashes ("2016 - 435 /PRES/PM/MENA"), and the authority's capitals after a slash or
 * a dash ("94-202/PM-RM", "D/2021/123/PRG/SGG"). Capitals only: words of the title never join it.
 */
export const actNumber =
  /(?:\d{1,10}|\p{Lu}[\p{Lu}\d&]{0,15}(?=\s?\/))(?:\s?\/\s?(?:\d{1,10}|\p{Lu}[\p{Lu}\d&]{0,15}(?![\p{L}\d]))|\s?[-‐‑‒–—―−]\s?\d{1,10}|[-‐‑‒–—―−]\p{Lu}[\p{Lu}\d&]{0,15}(?![\p{L}\d])|\.\d{1,10}){0,12}/uy;

/**
 * What may open an act's title after its number and date: a participle or a preposition
 * ("portant…", "Fixant…", "relatif à…"), or, when the text drops the verb, a noun of the genre
 * followed by its complement ("nomination d'un Premier Ministre").
 */
export const actTitleOpener = new RegExp(
  String.raw`(?:portant|fixant|relati(?:f|ve)|modifiant|compl[ée]tant|abrogeant|rempla[çc]ant|instituant|cr[ée]ant|d[ée]terminant|d[ée]finissant|r?[ée]?organisant|approuvant|autorisant|ratifiant|promulguant|r[ée]glementant|r[ée]gissant|pr[ée]cisant|nommant|accordant|instaurant|habilitant|d[ée]signant|attribuant|conf[ée]rant|transf[ée]rant|pla[çc]ant|[ée]rigeant|mettant|concernant|sur(?!\s(?:proposition|le\srapport|rapport|avis))` +
    String.raw`|(?:nomination|organisation|r[ée]organisation|cr[ée]ation|attributions?|fixation|modification|approbation|ratification|statut|composition|r[ée]partition|d[ée]l[ée]gation)(?=\s(?:d['’]|(?:de|des|du|et)(?![\p{L}]))))(?![\p{L}])`,
  'iuy',
);

/**
 * Where an act's title ends: "; ", a colon, a sentence end, a closing quote, a comma that does
 * not carry the title on, the next recital ("Vu"), the verb of a sentence the act is the subject
 * of ("L'ordonnance n°… portant création du… lui assigne…"), or a new sentence left without its
 * full stop: "Statuant", "Décrète", "Article"…, or a capitalised "Le", "La"… after a word in lower
 * case (after a capital it may be a title written in title case). Case-sensitive.
 */
export const actTitleEnd =
  /;|:|[.!?](?=\s|$)|[»”"]|,(?=\s|$)|\s(?=(?:Vu|VU)(?![\p{L}\p{N}]))|\s(?=(?:est|sont|ont|sera|seront|reste|restent|demeure|demeurent|lui|leur|dispose|disposent|prévoit|précise|stipule|énonce|assigne|confie|abroge)\s)|\s(?=(?:Considérant|CONSIDÉRANT|Statuant|STATUANT|Sur\s(?:proposition|rapport|le\srapport)|Après\savis|Entendu|Article|ARTICLE|Art\.|Chapitre|CHAPITRE|Décrète|DÉCRÈTE|Arrête|ARRÊTE|Ordonne|ORDONNE)(?![\p{L}]))|(?<=(?:^|\s)\p{Ll}\S*|[\d)])\s(?=(?:Le|La|Les|L['’]|Titre|TITRE|Section|SECTION)(?![\p{L}]))/gu;

/** After a comma, what carries an act's title on ("portant création, organisation et…"). */
export const actTitleGoesOn = /,\s(?:de|d['’]|des|du|et|ou|à|au|aux|\p{Ll}+(?:tions?|ments?))(?![\p{L}])/uy;

/** Where recitals open ("Vu la loi…") and what ends one (";", a sentence end, a colon). */
export const recitalMarks = /(?<![\p{L}\p{N}])(?<vu>vu)(?![\p{L}\p{N}])|[;:]|\.(?=\s|$)/giu;

/** What may stand before a text's own act in its title line ("Extrait du décret n°…"). */
export const extractTitle = /^(?:extraits?|texte(?:\sint[ée]gral)?|copie)\s(?:du|de\sla|de\sl['’]|des?)\s?$/iu;

/**
 * Issuing authorities named by a segment of an act's number, where the segment is certain: the
 * first segment after the number's digits that is one of these names the authority
 * ("2016-435/PRES/PM/MENA": the President of Faso; "2020-185/PRN/MI": Niger's President).
 */
export const authorities: Array<{ code: RegExp; authority: Authority }> = [
  { code: /^P-RM$/u, authority: 'Président de la République' },
  { code: /^PM-RM$/u, authority: 'Premier ministre' },
  { code: /^PRES(?:-TRANS)?$/u, authority: 'Président du Faso' },
  // PR everywhere; PRN: Niger; PRG: Guinea.
  { code: /^PR[NG]?$/u, authority: 'Président de la République' },
  { code: /^PM$/u, authority: 'Premier ministre' },
];

/** Phrases that make a cited act the basis of the text ("en application du décret…"). */
export const basisPhrase =
  /(?:en application|en ex[ée]cution|conform[ée]ment(?:\saux\sdispositions)?|en vertu(?:\sdes\sdispositions)?|sur le fondement|aux termes|selon|(?:d[ée]volu|conf[ée]r[ée]|cr[ée]{2}|institu[ée]|organis[ée]|r[ée]gi|fix[ée]|d[ée]fini|pr[ée]vu)e?s?\spar)\s(?:de\sla|de\sl['’]|des?|du|à\sla|à\sl['’]|aux?|le|la|l['’])?\s?$/iu;
