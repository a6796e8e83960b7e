/**
 * Who owns what, in English: /data/index.json publishes it, and the English data page shows it,
 * so that both say the same. The French page has its own wording (src/i18n/ui.ts).
 */
export const licence = {
  sources:
    'The source texts are official public texts, reproduced as published, byte for byte. They remain what their issuing authority made them: the site claims no right over them, and only their official publication is authoritative.',
  editorial:
    'The English translations, the division of the texts into records, the identifiers, the themes, the theme assignments and the comparison links are the editorial work of the site. The translations are unofficial: they have no legal force, and the French text prevails. Cite the site and the record’s permanent identifier when reusing them.',
};
