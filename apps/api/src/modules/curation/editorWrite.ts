import type { Context } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { access } from '../../auth/authorize.ts';
import { appendAudit, recordRefusal, type AuditAction } from './auditLog.ts';

/** A record before and after one write; null where it did not (or no longer does) exist. */
export interface Change<B, A> {
  readonly before: B | null;
  readonly after: A;
}

export interface Recorded<B, A> extends Change<B, A> {
  readonly created: boolean;
  readonly changed: boolean;
}

/** What a mutation's work gets: its transaction, and a way to audit each record it writes. */
export interface WriteScope {
  readonly tx: Tx;
  readonly actor: string;
  record<B, A>(action: AuditAction, target: string, change: Change<B, A>): Promise<Recorded<B, A>>;
}

const json = (record: unknown): string | null => (record === null ? null : JSON.stringify(record));

/**
 * Runs a mutation for an editor: one transaction for the work and its audit entries, all of it
 * committed or none of it. Anyone else is refused (UNAUTHENTICATED or FORBIDDEN), and the refused
 * attempt is audited, without the token, before the error is returned.
 */
export async function editorWrite<T>(
  ctx: Context,
  action: AuditAction,
  target: string | null,
  work: (scope: WriteScope) => Promise<T>,
): Promise<T> {
  const actor = await authorise(ctx, action, target);
  return ctx.db.writeTransaction((tx) =>
    work({
      tx,
      actor,
      record: async (recordAction, recordTarget, change) => {
        const before = json(change.before);
        const after = json(change.after);
        const changed = before !== after;
        await appendAudit(tx, {
          actor,
          action: recordAction,
          target: recordTarget,
          before,
          after,
          outcome: changed ? 'APPLIED' : 'UNCHANGED',
        });
        return { ...change, created: change.before === null, changed };
      },
    }),
  );
}

/** The editor's name; otherwise audits the refused attempt and throws its error. */
export async function authorise(
  ctx: Context,
  action: AuditAction,
  target: string | null,
): Promise<string> {
  const result = access(ctx.caller, 'editor');
  if (result.granted) return result.actor;
  await recordRefusal(ctx.db, {
    actor: ctx.caller.kind === 'member' ? ctx.caller.actor : null,
    action,
    target,
    before: null,
    after: null,
    outcome: ctx.caller.kind === 'member' ? 'FORBIDDEN' : 'UNAUTHENTICATED',
  });
  throw result.error;
}
