/**
 * The characters of a word as Lucene counts them: code points, so 𝒜 is one letter, not two.
 * (Grapheme clusters would count é written with a combining accent as one; names are NFC
 * normalised before they get here, so that rarely differs.)
 */
export function codePoints(word: string): string[] {
  return Array.from(word);
}

/** How many letters a word has, counted as codePoints does. */
export function letterCount(word: string): number {
  return codePoints(word).length;
}

/**
 * Edits (insert, delete, replace, swap two neighbours) from `a` to `b`, counted in code points,
 * as Lucene's fuzzy terms count them; `max + 1` as soon as more than `max` are needed.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = codePoints(a);
  const t = codePoints(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[t.length] ?? 0, max + 1);
}

/**
 * How many typos a word may have and still match: none below five letters (too many short words
 * are one edit apart), one from five, two from eight. Words of scripts without spaces get none.
 */
export function typosAllowed(word: string): number {
  if (!/^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]+$/u.test(word)) return 0;
  const length = letterCount(word);
  if (length >= 8) return 2;
  return length >= 5 ? 1 : 0;
}
