// Outcomes: archived (hidden from the directory, its page answers 404, the change feed says
// "delete") / restored — audited | unchanged (already so) | NOT_FOUND (unknown or merged).
import type { RequestContext } from '../../../platform/http/context';
import { changeOrganizationAsStaff } from './verify-organization';

export function setArchived(ctx: RequestContext, id: string, archived: boolean) {
  const now = ctx.deps.clock();
  return changeOrganizationAsStaff(
    ctx,
    id,
    archived ? 'directory.organization:archive' : 'directory.organization:restore',
    (row) => {
      if (Boolean(row.archivedAt) === archived) return undefined;
      return { archivedAt: archived ? now : null };
    },
  );
}
