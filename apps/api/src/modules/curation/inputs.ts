/**
 * The mutation inputs as resolvers receive them (enum values already in the domain's words), and
 * their dataset-file shape, so that the file format's validator can check them.
 */
import type { EntityKind, RelationshipType, Status } from '@detour/domain';

type Maybe<T> = T | null | undefined;

export interface SourceInput {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  readonly published?: Maybe<string>;
}

/** How a record cites its sources: stored ones by id, and new ones stored with it. */
export interface Provenance {
  readonly sources?: Maybe<readonly string[]>;
  readonly newSources?: Maybe<readonly SourceInput[]>;
}

export interface EntityInput extends Provenance {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases?: Maybe<readonly string[]>;
  readonly country?: Maybe<string>;
  readonly description?: Maybe<string>;
  readonly citation?: Maybe<string>;
  readonly effective?: Maybe<string>;
}

export interface AmountInput {
  readonly value: number;
  readonly currency?: Maybe<string>;
  readonly unit?: Maybe<string>;
}

export interface RelationshipInput extends Provenance {
  readonly id: string;
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly status: Status;
  readonly start?: Maybe<string>;
  readonly end?: Maybe<string>;
  readonly amount?: Maybe<AmountInput>;
  readonly quantity?: Maybe<AmountInput>;
  readonly note?: Maybe<string>;
  readonly covers?: Maybe<readonly string[]>;
  readonly service?: Maybe<string>;
  readonly share?: Maybe<number>;
  readonly citation?: Maybe<string>;
  readonly score?: Maybe<number>;
  readonly explanation?: Maybe<string>;
}

/** A GraphQL input value → plain JSON as a file would hold it: null means "not given". */
export function fileShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fileShape);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, inner]) => inner !== null && inner !== undefined)
      .map(([key, inner]) => [key, fileShape(inner)]),
  );
}

/** A record with provenance in file shape: its `sources` are the stored ids, then the new ones. */
export function withProvenance(input: Provenance): {
  readonly record: Readonly<Record<string, unknown>>;
  readonly cited: readonly string[];
  readonly newSources: readonly SourceInput[];
} {
  const { sources, newSources, ...rest } = input;
  const cited = sources ?? [];
  const added = newSources ?? [];
  const record = fileShape({ ...rest, sources: [...cited, ...added.map((s) => s.id)] });
  return { record: record as Record<string, unknown>, cited, newSources: added };
}
