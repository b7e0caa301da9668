/**
 * LIX (läsbarhetsindex, Björnsson 1968): words per sentence + 100 × the share of long words (more than
 * six letters). Below 30 is very easy text; the easy-read templates must stay at or below 30.
 *
 * Words are runs of letters or digits; a word is long when it has more than six letters. A sentence
 * ends at `.`, `!`, `?` or `:` followed by a space or the end, and at every line break (headings and
 * list lines are sentences of their own, as in easy-read layout).
 */
export interface LixCount {
  words: number;
  longWords: number;
  sentences: number;
  lix: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function countLix(text: string): LixCount {
  const sentences = text.split(/[.!?:]+(?=\s|$)|\n+/u).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
  const words = text.match(WORD) ?? [];
  const longWords = words.filter((w) => (w.match(/\p{L}/gu) ?? []).length > 6).length;
  if (words.length === 0 || sentences === 0) return { words: 0, longWords: 0, sentences: 0, lix: 0 };
  const lix = words.length / sentences + (100 * longWords) / words.length;
  return { words: words.length, longWords, sentences, lix: Math.round(lix * 10) / 10 };
}

/** The LIX of a text, rounded to one decimal. */
export function lix(text: string): number {
  return countLix(text).lix;
}
