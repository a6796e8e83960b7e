/** Folding, for matching texts: never for output. */

/** Lower case, accents and ligatures folded, apostrophes as spaces. */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .toLowerCase()
    .replace(/[’'`´]/g, ' ');
}
