/**
 * The registry of line recognisers: page chrome, headings, list markers, post titles and names,
 * verbs that open an unmarked item. Layouts of new countries are taught here, as patterns, never
 * as conditions on a country inside the pipeline steps. Patterns read whitespace-normalised text.
 */
import type { Authority } from '../schemas.ts';
import { isVerb } from './list-features.ts';
import { fold } from './tree.ts';

export interface ChromeRule {
  rule: string;
  reason: string;
  /** Reads the whitespace-normalised text; `value`, the line as written, where spacing tells. */
  test: (text: string, value?: string) => boolean;
}

const words = (text: string) => text.split(' ').filter(Boolean);

/** Navigation and decoration of web pages, set aside with a reason. First match wins. */
export const chromeRules: ChromeRule[] = [
  {
    rule: 'chrome:image',
    reason: 'page chrome: image file name (the image is not part of the text)',
    test: (text) => /^[\p{L}\p{N}_.()\- ]{1,120}\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)$/iu.test(text),
  },
  {
    rule: 'chrome:country-header',
    reason: 'page chrome: country header',
    test: (text) => words(text).length <= 6 && /^(?:r[ée]publique|royaume|union des comores|burkina faso)\b/iu.test(text) && !/[.;:]$/.test(text),
  },
  {
    rule: 'chrome:motto',
    reason: 'page chrome: national motto',
    test: (text) => {
      if (words(text).length > 10 || !/^\p{Lu}/u.test(text)) return false;
      // Separators stand apart from the words: a hyphen inside a name ("Jean-Robert") is none.
      const parts = text.replace(/[.!]$/, '').split(/\s+[-–—•*]\s*|\s*[-–—•*]\s+/);
      return parts.length === 3 && parts.every((part) => /^\p{Lu}\S*(?: \S+){0,2}$/u.test(part));
    },
  },
  {
    rule: 'chrome:link',
    reason: 'page chrome: link text (the link target is not part of the text)',
    test: (text) => words(text).length <= 6 && linkText.test(text) && new RegExp(`^${linkText.source}$`, 'iu').test(text),
  },
  {
    rule: 'chrome:page-number',
    reason: 'page chrome: page number',
    test: (text) => /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^page\s+\d+(?:\s*(?:\/|sur|of)\s*\d+)?$|^\d+\s*\/\s*\d+$/iu.test(text),
  },
  {
    rule: 'chrome:breadcrumb',
    reason: 'page chrome: breadcrumb',
    test: (text) => /^(?:vous [êe]tes ici\s*:\s*)?accueil\s*[>»/|]/iu.test(text),
  },
  {
    // "Journal officiel de la République … Page 4 sur 9", a footer repeated on every printed page.
    rule: 'chrome:running-header',
    reason: 'page chrome: running header or footer of a printed page',
    test: (text) => words(text).length <= 16 && /(?:^|\s)page\s+\d{1,4}(?:\s*(?:\/|sur|of)\s*\d{1,4})?$/iu.test(text),
  },
  {
    rule: 'chrome:page-tools',
    reason: 'page chrome: tools of the web page (print, share, related articles)',
    test: (text) =>
      words(text).length <= 10 &&
      /^(?:(?:imprimer|partager(?: sur)?|envoyer|t[ée]l[ée]charger(?: en pdf)?|articles? similaires|liens? utiles|retour(?: en haut)?|haut de page|facebook|twitter|x|whatsapp|linkedin|e-?mail|pdf|j['’]aime|tweet)\s*[|:•·,-]?\s*)+$/iu.test(
        text,
      ),
  },
  {
    rule: 'chrome:byline',
    reason: 'page chrome: date of publication and author of the web page',
    test: (text) => words(text).length <= 16 && /^(?:publi[ée]|mis en ligne|mise à jour|modifi[ée])\s+le\s+\d/iu.test(text),
  },
  {
    // "Accueil | Le Ministère | Contact", "Accueil  Actualités  Documents": a site's menu.
    rule: 'chrome:menu',
    reason: 'page chrome: menu of the site',
    test: (text, value = text) => {
      // Entries apart by "|", tabs or runs of spaces, short, one of them a menu's.
      const entries = value.trim().split(/\s*\|\s*|\t+|\s{2,}/u);
      return (
        entries.length >= 3 &&
        entries.every((entry) => words(entry).length <= 4 && !/[.;:!?]$/u.test(entry)) &&
        /\b(?:accueil|contact|plan du site|mentions l[ée]gales|actualit[ée]s)\b/iu.test(text)
      );
    },
  },
];

/** Link texts of web pages ("Lire le document…"); also sought at the end of text lines. */
export const linkText =
  /(?:lire (?:le document|la suite|plus)|t[ée]l[ée]charger(?: le (?:document|texte|fichier))?|en savoir plus|voir (?:le document|le texte|plus)|cliquez ici|consulter le (?:document|texte))\s*(?:…|\.\.\.)?/iu;

/** A link text closing a line of prose: kept in the record, flagged as an anomaly. */
export const trailingLinkText = new RegExp(`(?:^|\\s)(${linkText.source})\\s*$`, 'iu');

/** Strong headings: parts and articles of legal texts, lines in capitals. */
export const division = /^(?:titre|chapitre|section|sous-section|livre|partie)\s+(?:[ivxlcdm]+|\d+|premi[eè]re?|unique|[a-z])\b/iu;
const articleNumber = String.raw`(?:article|art\.)\s+(?:premier|1er|unique|\d+(?:\s*(?:bis|ter|quater))?)`;
/** "Article 9." or "Article premier.-" alone on a line. */
export const articleAlone = new RegExp(`^(${articleNumber})\\s*(?:[.:°\\-–—]+\\s*)*$`, 'iu');
/** "Article 2.- Le Secrétariat général…": the label, then the text of the article. */
export const articleLead = new RegExp(`^(${articleNumber})\\s*(?:\\.\\s*[-–—]+|[-–—:.]+)\\s*(\\S.*)$`, 'iu');

/** A line in capitals: letters, none of them lower case. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && words(text).length <= 12;
}

/**
 * List markers, with any padding (spaces, NBSP, tabs) or none: bullets and dashes (with the
 * symbol-font bullets of word-processor exports), numbers (1. 1) 1° 1°) 1-), letters (a) a. A)),
 * parenthesised numbers and letters.
 */
export const marker =
  /^\s*(?<label>[-–—•›*·▪►●○◦‣⁃→➢➤✓✔◆■□❖\uf0a7\uf0b7\uf0d8\uf076]|o(?=\t| {2,}|\u00a0)|\d{1,3}\s*(?:°(?:\s*[)/.\-–])?|[.)](?!\d)|[-–](?=\s))|(?:[a-z]|ii|iii|iv|vi|vii|viii|ix)[.)](?=\s|$)|(?:[A-Z]|II|III|IV|VI|VII|VIII|IX)[)\-–](?=\s|$)|\((?:\d{1,3}|[a-z]|[ivx]{1,4})\))(?<rest>.*)$/u;

/** Honorifics split from a person's name. */
const honorific =
  /^(?<honorific>Professeure?|Pr\.|Prof\.|Madame|Mme\.?|Mademoiselle|Mlle\.?|Monsieur|M\.|Mr\.?|Docteure?|Dr\.?|Maître|Me|Son Excellence)\s+(?<rest>.+)$/u;
const nameWord = /^(?:\p{Lu}[\p{L}'’.-]*|épouse|ép\.|née|de|du|dit|dite|ben|ould)$/u;
const capsWord = /^\p{Lu}[\p{Lu}'’-]+$/u;

/** A person's name: optional honorific, capitalised words with at least one surname in capitals. */
export function matchName(text: string): { honorific: string | null; name: string } | null {
  if (/[;:,!?]$|\d/u.test(text) || words(text).length > 8) return null;
  const split = honorific.exec(text)?.groups;
  const name = split?.rest ?? text;
  const parts = words(name);
  if (!parts.every((word) => nameWord.test(word))) return null;
  const caps = parts.filter((word) => capsWord.test(word)).length;
  const given = parts.filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).length;
  if (caps === 0 || (split === undefined && (given === 0 || parts.length < 2))) return null;
  return { honorific: split?.honorific ?? null, name };
}

export type PositionName = 'secretary-general' | 'deputy-secretary-general' | 'permanent-secretary' | 'deputy-permanent-secretary';

const post =
  /^(?:(?:le|la)\s+|l['’]\s*)?(?<post>secr[ée]taire\s+(?<kind>g[ée]n[ée]rale?|permanente?)(?<deputy>\s+adjointe?)?(?:\s+(?:du|de la|de l['’]|des|aux?)\s*[^.;:]{1,80})?)$/iu;

/** A post title standing alone ("La Secrétaire Générale Adjointe du Ministère"). */
export function matchPost(text: string): { post: string; position: PositionName } | null {
  const found = post.exec(text)?.groups;
  if (!found || words(text).length > 12) return null;
  const permanent = /^perm/iu.test(found.kind!);
  const deputy = found.deputy !== undefined;
  const position = `${deputy ? 'deputy-' : ''}${permanent ? 'permanent-secretary' : 'secretary-general'}` as PositionName;
  return { post: found.post!, position };
}

/** Whether a text opens like a list item without a marker: a verb of the genre, or a lower-case start. */
export function opensLikeItem(text: string): boolean {
  return /^\p{Ll}/u.test(text) || opensWithVerb(text);
}

/** Whether a text opens with a verb of the genre (capitalised or not, in any person). */
export function opensWithVerb(text: string): boolean {
  return isVerb(text.split(' ', 1)[0] ?? '');
}

/** Punctuation that closes a sentence or an item (closing quotes and brackets may follow). */
export const terminal = /[.;:!?…]["”»)\]]*$/u;

/*
 * Acts (décrets, lois, ordonnances, arrêtés…) as the francophone administrations cite them.
 * These patterns are read by src/ingest/extract-decrees.ts, one after the other from where the
 * previous one stopped (sticky), so that each costs at most a few hundred characters of text.
 */

/**
 * The name of an act, with the qualifiers that may follow it ("arrêté interministériel",
 * "décret présidentiel", "arrêté du Premier Ministre"), then the number mark if any ("n°",
 * "N°", "n º", "No", "no.", "numéro", a bare "n" before the digits). Groups: act, qualifier, mark.
 */
export const actName = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<act>d[ée]cret(?:[-‐‑]loi)?|loi(?:\s+organique)?|ordonnance(?:[-‐‑]loi)?|arr[êe]t[ée]|d[ée]cision|circulaire)(?![\p{L}\p{N}-])` +
    String.raw`(?:\s(?<qualifier>interminist[ée]riel(?:le)?|minist[ée]riel(?:le)?|pr[ée]sidentiel(?:le)?|gouvernemental(?:e)?|royal(?:e)?|primatorial(?:e)?|viziriel(?:le)?|conjoint|r[ée]glementaire|du\s(?:premier\sministre|pr[ée]sident\sde\sla\sr[ée]publique|pr[ée]sident\sdu\sfaso|chef\sdu\sgouvernement))(?![\p{L}]))?` +
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

/** A post and a name on one line: "Secrétaire général : M. Amadou KONÉ" or "Awa DIALLO, Secrétaire générale". */
export function matchInlineOfficial(text: string): { post: string; position: PositionName; honorific: string | null; name: string } | null {
  for (const separator of text.matchAll(/\s*(?::|,|\s[-–—])\s*/gu)) {
    const left = text.slice(0, separator.index);
    const right = text.slice(separator.index + separator[0].length);
    const post = matchPost(left) ?? matchPost(right);
    const person = matchPost(left) ? matchName(right) : matchName(left);
    if (post && person) return { ...post, ...person };
  }
  return null;
}
