import { CJK_LEGAL_ENDINGS, FOLDED_LETTERS, LEGAL_FORMS, STOP_WORDS } from './nameVocabulary.ts';

/** Scripts written without spaces between words; their runs are words of their own. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_BOUNDARY =
  /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])(?=[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])|(?<=[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;
/** Accents on alphabetic letters; Japanese voicing marks (が) stay, they change the word. */
const ACCENTS = /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
const FOLDED = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'gu');

/** Bump when nameWords changes, so stored search text is recomputed at the next start. */
export const SEARCH_TEXT_VERSION = 1;

/** True for a word of a script written without spaces (Chinese, Japanese, Korean). */
export function isCjkWord(word: string): boolean {
  return CJK.test(word);
}

/** Printable ASCII: no width, accents or CJK to fold, so the Unicode passes can be skipped. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Case, width, accents and punctuation folded away: "Ｗähler-Co." → "wahler co". */
function foldedWords(name: string): string[] {
  return PRINTABLE_ASCII.test(name) ? asciiWords(name) : unicodeWords(name);
}

/** foldedWords for any text (exported for the test that the ASCII shortcut agrees with it). */
export function unicodeWords(name: string): string[] {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(FOLDED, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(ACCENTS, '')
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[.'’‘ʼ`´]/g, '')
    .replace(/[\p{P}\p{S}\p{C}]+/gu, ' ')
    .replace(CJK_BOUNDARY, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
}

/** foldedWords for printable ASCII, which only has case and punctuation to fold. */
export function asciiWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[.'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '');
}

/** Legal-form words wherever they are, and Chinese/Japanese endings; one word always stays. */
function withoutLegalForms(words: readonly string[]): string[] {
  const kept = words.filter((word) => !LEGAL_FORMS.has(word));
  if (kept.length === 0) return [...words];
  const last = kept.at(-1) ?? '';
  const cjk = CJK_LEGAL_ENDINGS.find((s) => last.endsWith(s));
  if (cjk !== undefined && last.length > cjk.length)
    kept[kept.length - 1] = last.slice(0, -cjk.length);
  else if (cjk !== undefined && kept.length > 1) kept.pop();
  return kept;
}

/**
 * The words a name is searched and compared by, the same at index time, at query time and when
 * an import is matched: NFKC (full-width letters become ASCII), lower case, accents removed
 * (é → e, ß → ss), dots and apostrophes removed ("Co." → "co"), other punctuation a space, a
 * Chinese run apart from Latin letters next to it ("EDA国创中心" → "eda", "国创中心"), English
 * stop words dropped ("of", "the", "and" …), and legal forms dropped ("Co., Ltd.", "GmbH", "OOO",
 * and "有限公司" at the end). A name that is only legal forms keeps them; one that is only stop
 * words has no words.
 */
export function nameWords(name: string): string[] {
  const words = foldedWords(name).filter((word) => !STOP_WORDS.has(word));
  return words.length === 0 ? [] : withoutLegalForms(words);
}

/** A name as it is compared: its words joined by single spaces. */
export function normaliseName(name: string): string {
  return nameWords(name).join(' ');
}

/**
 * What the full-text index holds for an entity: each name's words on a line of its own, the
 * name first, repeats left out.
 */
export function searchText(name: string, aliases: readonly string[]): string {
  const lines = [name, ...aliases].map(normaliseName).filter((line) => line !== '');
  return [...new Set(lines)].join('\n');
}
