/**
 * The audit log: one (:AuditEntry) node per write or refused attempt. Entries carry no :Entity
 * label and no relationships, so search, neighbourhoods, paths and stats never see them.
 */
import type { Database, Tx } from '../../db/database.ts';
import { int } from '../../db/convert.ts';
import { auditId } from './auditId.ts';

export const AUDIT_ACTIONS = [
  'UPSERT_SOURCE',
  'UPSERT_ENTITY',
  'UPSERT_RELATIONSHIP',
  'DELETE_RELATIONSHIP',
  'IMPORT_DATASET',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditOutcome = 'APPLIED' | 'UNCHANGED' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** What a write records; the id and time are added when it is appended. */
export interface AuditDraft {
  readonly actor: string | null;
  readonly action: AuditAction;
  readonly target: string | null;
  /** The record before and after, as JSON text. */
  readonly before: string | null;
  readonly after: string | null;
  readonly outcome: AuditOutcome;
}

export interface AuditEntry extends AuditDraft {
  readonly id: string;
  readonly at: string;
}

export interface AuditQuery {
  readonly first: number;
  readonly after: string | null;
  readonly actor: string | null;
  readonly target: string | null;
}

export interface AuditPage {
  readonly entries: AuditEntry[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

/** Targets are ids, but a refused caller can send anything: keep what is stored short. */
const MAX_TARGET = 200;

export const AUDIT_CYPHER = {
  append: ['CREATE (e:AuditEntry)', 'SET e = $entry'].join('\n'),
  page: [
    'MATCH (e:AuditEntry)',
    'WHERE ($after IS NULL OR e.id < $after)',
    '  AND ($actor IS NULL OR e.actor = $actor)',
    '  AND ($target IS NULL OR e.target = $target)',
    'RETURN e',
    'ORDER BY e.id DESC',
    'LIMIT $limit',
  ].join('\n'),
} as const;

/** Appends an entry inside the transaction of the write it records. */
export async function appendAudit(tx: Tx, draft: AuditDraft): Promise<void> {
  const { id, at } = auditId();
  const target = draft.target === null ? null : draft.target.slice(0, MAX_TARGET);
  await tx.run(AUDIT_CYPHER.append, { entry: { ...draft, target, id, at } });
}

/** Records a refused attempt, which writes nothing else, in a transaction of its own. */
export async function recordRefusal(db: Database, draft: AuditDraft): Promise<void> {
  await db.writeTransaction((tx) => appendAudit(tx, draft));
}

/** One page of entries, newest first; ids are time-ordered, so the last id is the cursor. */
export async function auditPage(db: Database, query: AuditQuery): Promise<AuditPage> {
  const rows = await db.read(AUDIT_CYPHER.page, {
    after: query.after,
    actor: query.actor,
    target: query.target,
    limit: int(query.first + 1),
  });
  const entries = rows.slice(0, query.first).map((row) => fromRow(row['e']));
  const hasNextPage = rows.length > query.first;
  return { entries, hasNextPage, endCursor: hasNextPage ? (entries.at(-1)?.id ?? null) : null };
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function fromRow(value: unknown): AuditEntry {
  const row = value as Readonly<Record<string, unknown>>;
  return {
    id: String(row['id']),
    at: String(row['at']),
    actor: text(row['actor']),
    action: row['action'] as AuditAction,
    target: text(row['target']),
    before: text(row['before']),
    after: text(row['after']),
    outcome: row['outcome'] as AuditOutcome,
  };
}
