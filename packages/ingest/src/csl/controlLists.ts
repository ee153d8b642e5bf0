import { slugId } from '../tables/imported.ts';

/** A screening list as a ControlList entity, with who publishes it. */
export interface ControlListInfo {
  readonly id: string;
  readonly name: string;
  readonly publisher: string;
}

const BIS = 'Bureau of Industry and Security';

/**
 * Lists known by code. The ids are the ones the seed data uses, so an imported listing lands on
 * the same ControlList node as the curated ones.
 */
const KNOWN: Readonly<Record<string, ControlListInfo>> = {
  EL: { id: 'bis-entity-list', name: 'BIS Entity List', publisher: BIS },
  UVL: { id: 'bis-unverified-list', name: 'BIS Unverified List', publisher: BIS },
  MEU: { id: 'bis-meu-list', name: 'BIS Military End User List', publisher: BIS },
  DPL: { id: 'bis-denied-persons-list', name: 'BIS Denied Persons List', publisher: BIS },
  SDN: {
    id: 'ofac-sdn-list',
    name: 'OFAC Specially Designated Nationals List',
    publisher: 'Office of Foreign Assets Control, US Treasury',
  },
};

/** Names that identify a known list when no code is given (FollowTheMoney programs). */
const BY_NAME: readonly (readonly [RegExp, string])[] = [
  [/\bentity list\b/i, 'EL'],
  [/\bunverified list\b/i, 'UVL'],
  [/\bmilitary end[ -]?user\b/i, 'MEU'],
  [/\bdenied persons\b/i, 'DPL'],
  [/\bspecially designated nationals\b/i, 'SDN'],
];

/** "Entity List (EL) - Bureau of Industry and Security" → "EL"; a bare "EL" → "EL". */
function listCode(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Z][A-Z0-9-]{0,9}$/.test(trimmed)) return trimmed;
  return /\(([A-Z][A-Z0-9-]{0,9})\)/.exec(trimmed)?.[1];
}

/** One of the lists the seed data names, recognised by its code or its name. */
export function knownControlList(text: string): ControlListInfo | undefined {
  const code = listCode(text);
  const key =
    code !== undefined && Object.hasOwn(KNOWN, code)
      ? code
      : BY_NAME.find(([pattern]) => pattern.test(text))?.[1];
  return key === undefined ? undefined : KNOWN[key];
}

/**
 * The ControlList a CSL `source` (or a legacy "Source List" code) refers to. Lists not in the
 * seed data get `csl-` + a slug of their code or name.
 */
export function controlListFor(text: string): ControlListInfo {
  const known = knownControlList(text);
  if (known !== undefined) return known;
  const code = listCode(text);
  // "Nonproliferation Sanctions (ISN) - State Department": name before "(", publisher after " - ".
  const [head = text, publisher] = text.split(/ - (?=[^-]*$)/);
  const name = head.replace(/\s*\([^)]*\)\s*$/, '').trim() || text.trim();
  return {
    id: slugId('csl', code ?? name),
    name,
    publisher: publisher?.trim() ?? 'International Trade Administration',
  };
}
