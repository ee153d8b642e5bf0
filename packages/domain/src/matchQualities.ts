/**
 * How well a name matched what was searched for, best first. Search ranks hits in this order and
 * says which one each hit is; the GraphQL enum spells them ALL_WORDS and so on.
 */
export const MATCH_QUALITIES = ['exact', 'all-words', 'prefix', 'fuzzy', 'some-words'] as const;

export type MatchQuality = (typeof MATCH_QUALITIES)[number];

export const MATCH_QUALITY_INFO: Readonly<
  Record<MatchQuality, { readonly label: string; readonly description: string }>
> = {
  exact: {
    label: 'exact',
    description:
      'The name or alias itself, once case, accents, punctuation, stop words and legal forms are set aside.',
  },
  'all-words': {
    label: 'all words',
    description: 'Every word searched for is a word of the name or alias, in any order.',
  },
  prefix: {
    label: 'word beginnings',
    description: 'Every word searched for is a word of the name or alias or begins one.',
  },
  fuzzy: {
    label: 'close spelling',
    description:
      'Every word searched for matches a word of the name or alias, some with one or two typos.',
  },
  'some-words': {
    label: 'most words',
    description: 'At least two thirds of the words searched for (and two or more) match.',
  },
};

export function isMatchQuality(value: unknown): value is MatchQuality {
  return typeof value === 'string' && (MATCH_QUALITIES as readonly string[]).includes(value);
}
