// Outcomes: organisation created with the caller as owner, under a free slug derived from its name.
import { z } from 'zod';
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { accountHolder, auditStaffWrite } from './account-context';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { uniqueSlug } from './organization-slug';

export const ZOrganizationForm = z.object({ name: z.string().trim().min(2).max(120) });
export type TOrganizationForm = z.infer<typeof ZOrganizationForm>;

const SLUG_TAKEN = new Set(['ORGANIZATION_ALREADY_EXISTS', 'ORGANIZATION_SLUG_ALREADY_TAKEN']);

export async function createOrganization(
  deps: AppDeps,
  acting: AuditContext,
  input: TOrganizationForm,
): Promise<{ id: string; slug: string }> {
  const actor = accountHolder(acting);
  const auth = authFor(deps);
  // Two people naming their organisations alike at the same moment: take the next free slug.
  for (let round = 0; round < 3; round++) {
    const slug = await uniqueSlug(deps.database.db, input.name);
    // Called without a session, better-auth makes the account named by userId the owner.
    const result = await attempt(() =>
      auth.api.createOrganization({
        body: {
          name: input.name,
          slug,
          userId: actor.user.id,
          keepCurrentActiveOrganization: true,
        },
      }),
    );
    if (result.ok) {
      const { id } = result.value as { id: string };
      await auditStaffWrite(deps.database.db, acting, {
        action: 'identity.organization:create',
        entityType: 'identity.organization',
        entityId: id,
        after: { name: input.name, slug },
      });
      return { id, slug };
    }
    if (!SLUG_TAKEN.has(result.code)) throw new AppError('FORBIDDEN');
  }
  throw new AppError('CONFLICT');
}
