// The two language packages ship no types of their own.
declare module 'snowball-stemmers' {
  export function newStemmer(language: string): { stem(word: string): string };
}
declare module 'stopword' {
  export const fra: string[];
  export const eng: string[];
}
