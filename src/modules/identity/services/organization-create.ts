// Outcomes: organisation created with the caller as owner, under a free slug derived from its name.
import { z } from 'zod';
import type { RequestContext } from '../../../platform/http/context';
import { AppError } from '../../../platform/errors';
import { accountHolder, auditStaffWrite } from './account-context';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { uniqueSlug } from './organization-slug';

export const ZOrganizationForm = z.object({ name: z.string().trim().min(2).max(120) });
export type TOrganizationForm = z.infer<typeof ZOrganizationForm>;

const SLUG_TAKEN = new Set(['ORGANIZATION_ALREADY_EXISTS', 'ORGANIZATION_SLUG_ALREADY_TAKEN']);

export async function createOrganization(
  ctx: RequestContext,
  headers: Headers,
  input: TOrganizationForm,
): Promise<{ id: string; slug: string }> {
  accountHolder(ctx);
  const auth = authFor(ctx.deps);
  // Two people naming their organisations alike at the same moment: take the next free slug.
  for (let round = 0; round < 3; round++) {
    const slug = await uniqueSlug(ctx.deps.database.db, input.name);
    const result = await attempt(() =>
      auth.api.createOrganization({
        body: { name: input.name, slug, keepCurrentActiveOrganization: true },
        headers,
      }),
    );
    if (result.ok) {
      const { id } = result.value as { id: string };
      await auditStaffWrite(ctx, {
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
