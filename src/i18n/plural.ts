/**
 * The plural forms of a text with a number, chosen as Intl.PluralRules says the language counts.
 * No strings here, so that the browser can choose as the pages do.
 */

/** A text's forms by plural category, `other` always; `zero` only where none reads differently ("Aucun résultat"). */
export type PluralForms<T> = { zero?: T; one?: T; other: T };

/** The form for `n`: `zero` for none where there is one, else the form of n's plural category, else `other`. */
export function pluralForm<T>(forms: PluralForms<T>, n: number, rules: Intl.PluralRules): T {
  if (n === 0 && forms.zero !== undefined) return forms.zero;
  const category = rules.select(n);
  // CLDR's own "zero" category (Latvian, Arabic) is not the text for none; French and English never select it.
  return (category === 'one' || category === 'other' ? forms[category] : undefined) ?? forms.other;
}
