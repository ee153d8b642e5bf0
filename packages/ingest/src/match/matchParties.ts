import { ORGANISATION_KINDS, type EntityKind } from '@detour/domain';
import { jaccard, nameTokens, normaliseName } from './normaliseName.ts';

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
/** Token-set Jaccard at or above which two names are similar (with the same country). */
export const FUZZY_JACCARD = 0.8;
/** At most this many matches per incoming entity, best first. */
export const MAX_MATCHES = 5;

interface Name {
  readonly candidate: Candidate;
  readonly text: string;
  readonly normalised: string;
  readonly tokens: ReadonlySet<string>;
  readonly isAlias: boolean;
}

const PARTY_KINDS: readonly EntityKind[] = ORGANISATION_KINDS;

function names(candidate: Candidate): Name[] {
  return [candidate.name, ...candidate.aliases].flatMap((text, i) => {
    const normalised = normaliseName(text);
    // One Latin letter or digit, or one CJK character, matches too much to mean anything.
    if (normalised.replace(/ /g, '').length < 2) return [];
    return [{ candidate, text, normalised, tokens: nameTokens(normalised), isAlias: i > 0 }];
  });
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function exactExplanation(a: Name, b: Name): string {
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

/**
 * Incoming parties that may be the same as existing ones, scored 0–1 with the reason, never
 * merged: a normalised name or alias equal to the other's name or alias, or (when both are in
 * the same country) names sharing at least 80% of their words. Only parties (organisations and
 * people) are compared, and never an entity with itself.
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
      pushTo(exact, name.normalised, name);
      if (candidate.country === undefined) continue;
      for (const token of name.tokens) pushTo(byToken, `${candidate.country} ${token}`, name);
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
      for (const other of exact.get(name.normalised) ?? []) {
        const base = name.isAlias || other.isAlias ? SCORES.alias : SCORES.name;
        const country = countryAdjustment(candidate, other.candidate);
        offer(other.candidate, base + country.delta, exactExplanation(name, other) + country.note);
      }
      if (candidate.country === undefined) continue;
      const seen = new Set<Name>();
      for (const token of name.tokens) {
        for (const other of byToken.get(`${candidate.country} ${token}`) ?? []) {
          if (seen.has(other) || other.normalised === name.normalised) continue;
          seen.add(other);
          const similarity = jaccard(name.tokens, other.tokens);
          if (similarity < FUZZY_JACCARD) continue;
          const explanation = `token-set Jaccard ${similarity.toFixed(2)} between ${JSON.stringify(name.text)} and ${JSON.stringify(other.text)}; both in ${candidate.country}`;
          offer(other.candidate, SCORES.fuzzyFactor * similarity, explanation);
        }
      }
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.to.localeCompare(b.to));
    matches.push(...ranked.slice(0, MAX_MATCHES));
  }
  return matches;
}
