import type { Entity, EntityKind } from '@detour/domain';
import { optional } from '../optional.ts';
import type { FtmProps } from './ftmProps.ts';

/**
 * FtM schemata read as parties. FtM says what an organisation is, not what it does in a supply
 * chain, so organisations are end users unless the file shows them acting for someone else (the
 * agent of a Representation), which makes them intermediaries.
 */
export const FTM_PARTY_SCHEMATA: Readonly<Record<string, EntityKind>> = {
  Person: 'Person',
  LegalEntity: 'EndUser',
  Organization: 'EndUser',
  Company: 'EndUser',
  PublicBody: 'EndUser',
};

export function isPartySchema(schema: string): boolean {
  return Object.hasOwn(FTM_PARTY_SCHEMATA, schema);
}

/** FtM ids are global within a dataset; the prefix keeps them apart from hand-made ids. */
export function ftmEntityId(id: string): string {
  return `ftm-${id}`;
}

function countryOf(p: FtmProps): string | undefined {
  const codes = ['country', 'jurisdiction', 'mainCountry', 'nationality'].flatMap((prop) =>
    p.values(prop),
  );
  return codes.find((code) => /^[a-z]{2}$/i.test(code))?.toUpperCase();
}

/** A party record → an Entity, or undefined when it has no name to show. */
export function ftmParty(
  p: FtmProps,
  agents: ReadonlySet<string>,
  sourceId: string,
): Entity | undefined {
  const { id, schema } = p.record;
  const [name, ...otherNames] = p.values('name');
  const fullName = [p.first('firstName'), p.first('lastName')].filter((part) => part !== undefined);
  const shown = name ?? (fullName.length > 0 ? fullName.join(' ') : undefined);
  if (shown === undefined) return undefined;
  const base = FTM_PARTY_SCHEMATA[schema] ?? 'EndUser';
  const kind = base === 'EndUser' && agents.has(id) ? 'Intermediary' : base;
  const aliases = [...otherNames, ...p.values('alias'), ...p.values('previousName')];
  return {
    id: ftmEntityId(id),
    kind,
    name: shown,
    aliases: [...new Set(aliases)].filter((alias) => alias !== shown),
    ...optional('country', countryOf(p)),
    ...optional('description', p.first('description', 'summary', 'notes')),
    sources: [sourceId],
  };
}
