// Outcomes: archived (hidden from the directory, its page answers 404, the change feed says
// "delete") / restored — audited | unchanged (already so) | NOT_FOUND (unknown or merged).
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { changeOrganizationAsStaff } from './verify-organization';

export function setArchived(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { id: string; archived: boolean },
) {
  const { id, archived } = input;
  const now = deps.clock();
  return changeOrganizationAsStaff(deps, acting, {
    id,
    action: archived ? 'directory.organization:archive' : 'directory.organization:restore',
    patch: (row) => {
      if (Boolean(row.archivedAt) === archived) return undefined;
      return { archivedAt: archived ? now : null };
    },
  });
}
