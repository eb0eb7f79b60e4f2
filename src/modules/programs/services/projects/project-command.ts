// What the funded-project commands share: only those who manage projects run them (anyone else
// finds nothing), their input is read with its schema, and each change is audited on the project.
import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { fieldErrors } from '../../../../platform/input/validation';
import { actorIdOf, auditable, invalid, requireCapability, type Invalid } from '../common';
import { canManageProjects } from './funded-project-rules';

/** NOT_FOUND (thrown) for an actor who does not manage projects; else the fields, or INVALID. */
export function readProjectCommand<S extends z.ZodType>(
  acting: AuditContext,
  schema: S,
  input: unknown,
): { ok: true; fields: z.output<S>; actorId: string } | Invalid {
  requireCapability(canManageProjects(acting.actor));
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return { ok: true, fields: parsed.data, actorId: actorIdOf(acting) };
}

/** The project's audit entry, in the command's transaction (amounts in đồng kept as strings). */
export function auditProject(
  tx: Db,
  acting: AuditContext,
  entry: { action: string; projectId: string; after: object },
): Promise<void> {
  return recordAudit(tx, acting, {
    action: `programs.project:${entry.action}`,
    entityType: 'project',
    entityId: entry.projectId,
    after: auditable(entry.after),
  });
}
