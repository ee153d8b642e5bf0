import type { Context } from '../../context.ts';
import { requireRole } from '../../auth/authorize.ts';
import { badInput } from '../../errors.ts';
import { boundedInt } from '../args.ts';
import { isAuditId } from './auditId.ts';
import { auditPage, type AuditPage } from './auditLog.ts';
import { editorWrite } from './editorWrite.ts';
import type { EntityInput, RelationshipInput, SourceInput } from './inputs.ts';
import { validSource } from './validation.ts';
import {
  deleteRelationship,
  importDatasetText,
  saveEntity,
  saveRelationship,
  saveSource,
} from './writes.ts';

interface AuditLogArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly actor?: string | null;
  readonly target?: string | null;
}

export const curationResolvers = {
  Query: {
    auditLog: (_: unknown, args: AuditLogArgs, ctx: Context): Promise<AuditPage> => {
      requireRole(ctx.caller, 'editor');
      const first = boundedInt('first', args.first, 20, 1, 100);
      const after = args.after ?? null;
      if (after !== null && !isAuditId(after)) {
        throw badInput('after', 'expected the endCursor of a previous auditLog page');
      }
      return auditPage(ctx.db, {
        first,
        after,
        actor: args.actor ?? null,
        target: args.target ?? null,
      });
    },
  },
  Mutation: {
    upsertSource: (_: unknown, { input }: { input: SourceInput }, ctx: Context) =>
      editorWrite(ctx, 'UPSERT_SOURCE', input.id, async (scope) => {
        const { after, created, changed } = await saveSource(scope, validSource(input));
        return { source: after, created, changed };
      }),
    upsertEntity: (_: unknown, { input }: { input: EntityInput }, ctx: Context) =>
      editorWrite(ctx, 'UPSERT_ENTITY', input.id, async (scope) => {
        const { after, created, changed } = await saveEntity(scope, input);
        return { entity: after, created, changed };
      }),
    upsertRelationship: (_: unknown, { input }: { input: RelationshipInput }, ctx: Context) =>
      editorWrite(ctx, 'UPSERT_RELATIONSHIP', input.id, async (scope) => {
        const { after, created, changed } = await saveRelationship(scope, input);
        return { relationship: after, created, changed };
      }),
    deleteRelationship: (_: unknown, { id }: { id: string }, ctx: Context) =>
      editorWrite(ctx, 'DELETE_RELATIONSHIP', id, async (scope) => {
        const { before } = await deleteRelationship(scope, id);
        return { relationship: before };
      }),
    importDataset: (_: unknown, { dataset }: { dataset: string }, ctx: Context) =>
      importDatasetText(ctx, dataset),
  },
};
