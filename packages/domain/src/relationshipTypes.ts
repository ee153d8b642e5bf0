import {
  CAPABILITY_KINDS,
  ENTITY_KINDS,
  ORGANISATION_KINDS,
  type EntityKind,
} from './entityKinds.ts';

/**
 * The relationship types, with their direction and the kinds allowed at each end. The same
 * SCREAMING_SNAKE word is the Neo4j relationship type, the GraphQL enum value and the file value.
 */
export const RELATIONSHIP_TYPES = [
  'BUYS_FROM',
  'OFFERS',
  'MAKES',
  'SUBSIDIARY_OF',
  'LISTED_ON',
  'RESTRICTS',
  'POSSIBLY_SAME_AS',
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export interface RelationshipTypeInfo {
  readonly description: string;
  readonly from: readonly EntityKind[];
  readonly to: readonly EntityKind[];
}

export const RELATIONSHIP_TYPE_INFO: Readonly<Record<RelationshipType, RelationshipTypeInfo>> = {
  BUYS_FROM: {
    description:
      'Customer → supplier: a purchase, account, token bundle, rental or contract. EndUser → CloudProvider is direct contact.',
    from: ORGANISATION_KINDS,
    to: ORGANISATION_KINDS,
  },
  OFFERS: {
    description: 'Cloud provider → chip or model it sells access to, with the service name.',
    from: ['CloudProvider'],
    to: CAPABILITY_KINDS,
  },
  MAKES: {
    description: 'Vendor → chip or model it designs, builds or develops.',
    from: ['Vendor'],
    to: CAPABILITY_KINDS,
  },
  SUBSIDIARY_OF: {
    description: 'Organisation → its parent, with the ownership share where known.',
    from: ORGANISATION_KINDS,
    to: ORGANISATION_KINDS,
  },
  LISTED_ON: {
    description: 'Entity → the control list it is on, with listing date and citation.',
    from: ORGANISATION_KINDS,
    to: ['ControlList'],
  },
  RESTRICTS: {
    description: 'Regulation → chip or model it restricts, from its effective date.',
    from: ['Regulation'],
    to: CAPABILITY_KINDS,
  },
  POSSIBLY_SAME_AS: {
    description:
      'Entity → entity that may be the same party (a screening match): a score and an explanation, never a merge.',
    from: ENTITY_KINDS,
    to: ENTITY_KINDS,
  },
};

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}
