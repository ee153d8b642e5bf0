import { ORGANISATION_KINDS, type EntityKind } from '@detour/domain';
import { wordSimilarity, type WordMatch } from './compareNames.ts';
import { letterCount } from './editDistance.ts';
import { nameWords } from './normaliseName.ts';

/** What matching needs to know of an entity, incoming or already in the database. */
export interface Candidate {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country?: string;
}

export interface Match {
  readonly from: string;
  readonly to: string;
  readonly score: number;
  readonly explanation: string;
}

/** Scores before the country adjustment; see docs/importers.md. */
export const SCORES = { name: 0.9, alias: 0.8, fuzzyFactor: 0.7 } as const;
export const COUNTRY_AGREES = 0.1;
export const COUNTRY_DIFFERS = -0.3;
/** Matches scoring below this are dropped. */
export const MATCH_THRESHOLD = 0.55;
/** Word-set similarity at or above which two names are similar (with the same country). */
export const FUZZY_SIMILARITY = 0.8;
/**
 * Names sharing only words this common (in one country) are not compared word by word: on a big
 * graph "university" alone would pair each incoming university with thousands.
 */
export const COMMON_WORD = 1000;
/** At most this many matches per incoming entity, best first. */
export const MAX_MATCHES = 5;

interface Name {
  readonly candidate: Candidate;
  readonly text: string;
  readonly words: readonly string[];
  readonly normalised: string;
  /** The words run together: names spaced differently ("Byte Dance", "ByteDance") share it. */
  readonly compact: string;
  readonly isAlias: boolean;
}

const PARTY_KINDS: readonly EntityKind[] = ORGANISATION_KINDS;

function names(candidate: Candidate): Name[] {
  return [candidate.name, ...candidate.aliases].flatMap((text, i) => {
    const words = nameWords(text);
    const compact = words.join('');
    // One Latin letter or digit, or one CJK character, matches too much to mean anything.
    if (letterCount(compact) < 2) return [];
    return [{ candidate, text, words, normalised: words.join(' '), compact, isAlias: i > 0 }];
  });
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The words to look similar names up by: all but the common ones, or else the rarest. */
function distinctiveWords(
  words: readonly string[],
  namesWith: (word: string) => readonly Name[] | undefined,
): string[] {
  const counted = [...new Set(words)].map((word) => ({ word, n: namesWith(word)?.length ?? 0 }));
  const rare = counted.filter((c) => c.n <= COMMON_WORD).map((c) => c.word);
  if (rare.length > 0) return rare;
  const rarest = counted.sort((a, b) => a.n - b.n)[0];
  return rarest === undefined ? [] : [rarest.word];
}

function exactExplanation(a: Name, b: Name): string {
  if (a.normalised !== b.normalised)
    return `${a.isAlias ? 'alias' : 'name'} ${JSON.stringify(a.text)} equals ${b.isAlias ? 'alias' : 'name'} ${JSON.stringify(b.text)} but for spaces`;
  if (!a.isAlias && !b.isAlias)
    return `exact normalised name match ${JSON.stringify(a.normalised)}`;
  if (a.isAlias && b.isAlias)
    return `alias ${JSON.stringify(a.text)} equals alias ${JSON.stringify(b.text)}`;
  if (a.isAlias) return `alias ${JSON.stringify(a.text)} equals name ${JSON.stringify(b.text)}`;
  return `name ${JSON.stringify(a.text)} equals alias ${JSON.stringify(b.text)}`;
}

function countryAdjustment(a: Candidate, b: Candidate): { delta: number; note: string } {
  if (a.country === undefined || b.country === undefined) return { delta: 0, note: '' };
  if (a.country === b.country) return { delta: COUNTRY_AGREES, note: `; both in ${a.country}` };
  return { delta: COUNTRY_DIFFERS, note: `; but countries differ (${a.country} vs ${b.country})` };
}

function similarExplanation(a: Name, b: Name, similarity: number, typos: readonly WordMatch[]) {
  const between = `between ${JSON.stringify(a.text)} and ${JSON.stringify(b.text)}`;
  if (typos.length === 0) return `token-set Jaccard ${similarity.toFixed(2)} ${between}`;
  const spelt = typos.map((t) => `${t.query} ≈ ${t.word}`).join(', ');
  return `token-set similarity ${similarity.toFixed(2)} ${between}, spelt differently: ${spelt}`;
}

/**
 * Incoming parties that may be the same as existing ones, scored 0–1 with the reason, never
 * merged. Names are compared by their words (normaliseName: case, accents, punctuation, stop
 * words and legal forms set aside): a name or alias equal to the other's name or alias, or (when
 * both are in the same country) names sharing at least 80% of their words, a word with a typo or
 * two counting a little less (see wordSimilarity). Only parties (organisations and people) are
 * compared, and never an entity with itself.
 */
export function matchParties(
  incoming: readonly Candidate[],
  existing: readonly Candidate[],
): Match[] {
  const exact = new Map<string, Name[]>();
  const byToken = new Map<string, Name[]>();
  for (const candidate of existing) {
    if (!PARTY_KINDS.includes(candidate.kind)) continue;
    for (const name of names(candidate)) {
      pushTo(exact, name.compact, name);
      if (candidate.country === undefined) continue;
      for (const word of new Set(name.words)) pushTo(byToken, `${candidate.country} ${word}`, name);
    }
  }
  const matches: Match[] = [];
  for (const candidate of incoming) {
    if (!PARTY_KINDS.includes(candidate.kind)) continue;
    const best = new Map<string, Match>();
    const offer = (to: Candidate, score: number, explanation: string): void => {
      const rounded = Math.round(Math.min(1, score) * 100) / 100;
      const previous = best.get(to.id);
      if (to.id === candidate.id || rounded < MATCH_THRESHOLD) return;
      if (previous !== undefined && previous.score >= rounded) return;
      best.set(to.id, { from: candidate.id, to: to.id, score: rounded, explanation });
    };
    for (const name of names(candidate)) {
      for (const other of exact.get(name.compact) ?? []) {
        const base = name.isAlias || other.isAlias ? SCORES.alias : SCORES.name;
        const country = countryAdjustment(candidate, other.candidate);
        offer(other.candidate, base + country.delta, exactExplanation(name, other) + country.note);
      }
      if (candidate.country === undefined) continue;
      const seen = new Set<Name>();
      const country = candidate.country;
      for (const word of distinctiveWords(name.words, (w) => byToken.get(`${country} ${w}`))) {
        for (const other of byToken.get(`${country} ${word}`) ?? []) {
          if (seen.has(other) || other.compact === name.compact) continue;
          seen.add(other);
          const { similarity, typos } = wordSimilarity(name.words, other.words);
          if (similarity < FUZZY_SIMILARITY) continue;
          const explanation = `${similarExplanation(name, other, similarity, typos)}; both in ${candidate.country}`;
          offer(other.candidate, SCORES.fuzzyFactor * similarity, explanation);
        }
      }
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.to.localeCompare(b.to));
    matches.push(...ranked.slice(0, MAX_MATCHES));
  }
  return matches;
}
