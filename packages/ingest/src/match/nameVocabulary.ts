/**
 * The words a name is compared without. Search and the import matcher drop them from both sides,
 * the stored search text and what was typed or imported, so a pasted name matches whether or not
 * it has them.
 */

/**
 * English stop words: exactly the stop set of Lucene's CJK analyzer, which the full-text index
 * uses, so that no word dropped from the index is ever required by a query.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  's',
  'such',
  't',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
  'www',
]);

/**
 * Legal-form words, dropped wherever they are in a name: "Co., Ltd." and "Limited" say nothing
 * about which party it is, lists disagree about them, and pasted names carry them in the middle
 * ("Amazon Web Services, Inc. (AWS)") or first ("OOO Romashka").
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'pbc',
  'gmbh',
  'ag',
  'kg',
  'ev',
  'sa',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'pte',
  'pty',
  'jsc',
  'ojsc',
  'pjsc',
  'cjsc',
  'ooo',
  'oao',
  'zao',
  'pao',
]);

/** The same for names written without spaces (Chinese, Japanese), longest first. */
export const CJK_LEGAL_ENDINGS = [
  '股份有限公司',
  '有限责任公司',
  '有限責任公司',
  '有限公司',
  '株式会社',
  '公司',
] as const;

/** Letters with no decomposition that people type without their stroke or ligature. */
export const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
