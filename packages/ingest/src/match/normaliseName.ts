/**
 * Legal-form words dropped from the end of a name: "Co., Ltd." and "Limited" say nothing about
 * which party it is, and lists disagree about them.
 */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
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
  'ooo',
  'oao',
  'zao',
]);

/** The same for names written without spaces (Chinese, Japanese), longest first. */
export const CJK_LEGAL_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '株式会社',
  '公司',
] as const;

/**
 * A name as it is compared: NFKC (full-width letters become ASCII), lower case, dots and
 * apostrophes removed ("Co." → "co", "e.V." → "ev"), other punctuation a space, and legal-form
 * words stripped from the end. A name that is nothing but a legal form is kept whole.
 */
export function normaliseName(name: string): string {
  const tokens = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/)
    .filter((token) => token !== '');
  const whole = tokens.join(' ');
  while (tokens.length > 1 && LEGAL_SUFFIXES.has(tokens.at(-1) ?? '')) tokens.pop();
  const last = tokens.at(-1) ?? '';
  const cjk = CJK_LEGAL_SUFFIXES.find((s) => last.endsWith(s) && last.length > s.length);
  if (cjk !== undefined) tokens[tokens.length - 1] = last.slice(0, -cjk.length);
  return tokens.join(' ') || whole;
}

/** The distinct words of a normalised name. */
export function nameTokens(normalised: string): ReadonlySet<string> {
  return new Set(normalised.split(' ').filter((token) => token !== ''));
}

/** |A ∩ B| / |A ∪ B|: 1 for the same words in any order, 0 for none in common. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
