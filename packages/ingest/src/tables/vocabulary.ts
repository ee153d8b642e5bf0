import { ENTITY_KINDS, RELATIONSHIP_TYPES } from '@detour/domain';

function simplify(word: string): string {
  return word.replace(/[\s_-]/g, '').toLowerCase();
}

/**
 * A spreadsheet's spelling of a domain word ("end user", "END_USER", "buys from") → the domain's
 * own; anything else is returned as given, for the dataset validator to reject with a suggestion.
 */
function canonical(word: string, words: readonly string[]): string {
  return words.find((candidate) => simplify(candidate) === simplify(word)) ?? word;
}

export function entityKindWord(word: string): string {
  return canonical(word, ENTITY_KINDS);
}

export function relationshipTypeWord(word: string): string {
  return canonical(word, RELATIONSHIP_TYPES);
}
