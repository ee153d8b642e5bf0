/**
 * The kinds of entity Detour knows. One list, used as the Neo4j label, the GraphQL enum (in
 * SCREAMING_SNAKE case), the dataset file's `kind` value and the legend in the explorer.
 */
export const ENTITY_KINDS = [
  'EndUser',
  'Intermediary',
  'CloudProvider',
  'Vendor',
  'Chip',
  'Model',
  'Person',
  'ControlList',
  'Regulation',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** What each kind means, and where it sits in the left-to-right chain (end user → capability). */
export const ENTITY_KIND_INFO: Readonly<
  Record<
    EntityKind,
    { readonly label: string; readonly description: string; readonly layer: number }
  >
> = {
  EndUser: {
    label: 'End user',
    description:
      'An organisation that uses the compute or models: a university, lab, company or military unit.',
    layer: 0,
  },
  Person: {
    label: 'Person',
    description: 'An individual in a chain, such as a defendant in a smuggling case.',
    layer: 1,
  },
  Intermediary: {
    label: 'Intermediary',
    description:
      'A reseller, agent, distributor, broker, front company, forwarder or licensed operator.',
    layer: 1,
  },
  CloudProvider: {
    label: 'Cloud provider',
    description:
      'A provider selling cloud access: AWS, Microsoft Azure, Oracle Cloud, Alibaba Cloud …',
    layer: 2,
  },
  Vendor: {
    label: 'Vendor',
    description:
      'A chip designer, server maker or model developer (Nvidia, Supermicro, Anthropic …).',
    layer: 2,
  },
  Chip: {
    label: 'Chip',
    description: 'A controlled accelerator such as the Nvidia A100, H100 or H20.',
    layer: 3,
  },
  Model: {
    label: 'Model',
    description: 'A controlled or restricted AI model such as Claude 3 or GPT-4.',
    layer: 3,
  },
  ControlList: {
    label: 'Control list',
    description: 'A screening list: the BIS Entity List, the Unverified List, the MEU List …',
    layer: 4,
  },
  Regulation: {
    label: 'Regulation',
    description: 'An export-control rule, with its citation and effective date.',
    layer: 4,
  },
};

/** Kinds that are the end of an access path: what end users try to reach. */
export const CAPABILITY_KINDS = ['Chip', 'Model'] as const satisfies readonly EntityKind[];

/** Kinds that are organisations (may buy, sell, own or be owned). */
export const ORGANISATION_KINDS = [
  'EndUser',
  'Intermediary',
  'CloudProvider',
  'Vendor',
  'Person',
] as const satisfies readonly EntityKind[];

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && (ENTITY_KINDS as readonly string[]).includes(value);
}
