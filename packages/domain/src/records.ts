import type { EntityKind } from './entityKinds.ts';
import type { PartialDate } from './partialDate.ts';
import type { RelationshipType } from './relationshipTypes.ts';
import type { Status } from './statuses.ts';

/** A document that says something: a news report, a Federal Register notice, a court filing. */
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  readonly published?: PartialDate;
}

/** A party or a thing in the network. */
export interface Entity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** Other names, native-script names too (e.g. 深圳大学). */
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2, where the entity has one. */
  readonly country?: string;
  readonly description?: string;
  readonly sources: readonly string[];
  /** Kind-specific facts, e.g. a regulation's citation and effective date. */
  readonly citation?: string;
  readonly effective?: PartialDate;
}

/** A money amount or a quantity as the source gives it. */
export interface Amount {
  readonly value: number;
  /** ISO 4217 for money ("CNY", "USD"); absent for a quantity. */
  readonly currency?: string;
  /** What a quantity counts when it is not money ("tokens", "GPUs"). */
  readonly unit?: string;
}

/** A directed, sourced relationship between two entities. */
export interface Relationship {
  readonly id: string;
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly status: Status;
  readonly start?: PartialDate;
  readonly end?: PartialDate;
  readonly amount?: Amount;
  readonly quantity?: Amount;
  readonly note?: string;
  readonly sources: readonly string[];
  /** BUYS_FROM: the chip or model ids this purchase covers; absent means it is not limited. */
  readonly covers?: readonly string[];
  /** OFFERS: the service name ("Amazon Bedrock", "EC2 P5"). */
  readonly service?: string;
  /** SUBSIDIARY_OF: the parent's ownership share, 0–100. */
  readonly share?: number;
  /** LISTED_ON: the Federal Register citation, e.g. "84 FR 29371". */
  readonly citation?: string;
  /** POSSIBLY_SAME_AS: the match score, 0–1, and why. */
  readonly score?: number;
  readonly explanation?: string;
}

export interface DatasetInfo {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly licence: string;
}

/** The parsed content of a `detour.dataset/v1` file. */
export interface Dataset {
  readonly format: typeof DATASET_FORMAT;
  readonly dataset: DatasetInfo;
  readonly sources: readonly Source[];
  readonly entities: readonly Entity[];
  readonly relationships: readonly Relationship[];
}

export const DATASET_FORMAT = 'detour.dataset/v1';
