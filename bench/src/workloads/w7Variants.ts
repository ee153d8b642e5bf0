import type { NetworkModel } from '../network/networkModel.ts';
import { Sampler } from '../network/sample.ts';

/** The ways W7 writes a generated name, as an investigator might paste or type it. */
export const VARIANT_KINDS = ['exact', 'pasted', 'typo', 'reordered', 'prefixes'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

export interface SearchVariant {
  readonly kind: VariantKind;
  readonly query: string;
  /** The name it was made from: a hit with this name is a find. */
  readonly name: string;
}

/**
 * One typo: two different neighbouring letters swapped near the middle of the longest word of
 * five letters or more. A name without such a word is left as it is.
 */
export function withTypo(name: string): string {
  const words = name.split(' ');
  const longest = words.reduce(
    (best, w, i) => (w.length > (words[best]?.length ?? 0) ? i : best),
    0,
  );
  const word = words[longest] ?? '';
  if (word.length < 5) return name;
  const middle = Math.floor(word.length / 2);
  for (let at = middle; at < word.length; at++) {
    if (word.charAt(at) === word.charAt(at - 1)) continue;
    words[longest] =
      word.slice(0, at - 1) + word.charAt(at) + word.charAt(at - 1) + word.slice(at + 1);
    return words.join(' ');
  }
  return name;
}

export function variantOf(kind: VariantKind, name: string): string {
  switch (kind) {
    case 'exact':
      return name;
    case 'pasted':
      return `The ${name.toUpperCase()}, Co., Ltd.`;
    case 'typo':
      return withTypo(name);
    case 'reordered':
      return name.split(' ').reverse().join(' ');
    case 'prefixes':
      return name
        .split(' ')
        .map((w) => w.slice(0, 4))
        .join(' ');
  }
}

/**
 * `count` searches made from the names of random entities, the kinds in turn: the name as it
 * is, pasted in capitals with "The" and ", Co., Ltd.", with one typo, with its words reversed,
 * and as the first four letters of each word. The same for the same model, seed and count.
 */
export function searchVariants(model: NetworkModel, count: number, seed: number): SearchVariant[] {
  const sampler = new Sampler(seed);
  const all = model.names.map((_, i) => i);
  return Array.from({ length: count }, (_, i) => {
    const name = model.names[sampler.pick(all)] ?? 'Nimbus Cloud';
    const kind = VARIANT_KINDS[i % VARIANT_KINDS.length] ?? 'exact';
    return { kind, query: variantOf(kind, name), name };
  });
}
