// Outcomes: claimed (pending, for staff to decide) | NOT_FOUND (thrown) | ALREADY_MANAGED |
// ALREADY_CLAIMED (this user has an open claim on it) | INVALID (message or account choice).
import { z } from 'zod';
import { isAuditedActor, recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError, type FieldErrors } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import { createAccountOrganization } from '../../identity';
import { findOpenClaim, insertClaim, type ClaimRow } from '../db/claims.repository';
import { findOrganizationBySlug, type OrganizationRow } from '../db/organizations.repository';
import { isLive, managingChoices, NEW_ACCOUNT_ORGANIZATION } from './managers';

export const ZClaimForm = z.object({
  message: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(10, { message: 'directory.claim.error.message' }).max(2000)),
  manager: z.string().min(1, { message: 'directory.form.error.manager' }),
});
export type TClaimForm = z.input<typeof ZClaimForm>;

export type ClaimResult =
  | { ok: true; claim: ClaimRow }
  | { ok: false; reason: 'ALREADY_MANAGED' | 'ALREADY_CLAIMED' }
  | { ok: false; reason: 'INVALID'; fields: FieldErrors };

/** The organisation a claim is about: live, whoever manages it. */
export async function getClaimableOrganization(
  deps: Pick<AppDeps, 'database'>,
  input: { slug: string },
): Promise<OrganizationRow> {
  const org = await findOrganizationBySlug(deps.database.db, input.slug);
  if (!org || !isLive(org)) throw new AppError('NOT_FOUND');
  return org;
}

/** `deps`: all of them, for identity's command that may open an account organisation. */
export async function claimOrganization(
  deps: AppDeps,
  acting: AuditContext,
  input: { slug: string; form: TClaimForm },
): Promise<ClaimResult> {
  const { actor } = acting;
  const { form } = input;
  if (!isSignedIn(actor)) throw new AppError('UNAUTHENTICATED');
  const db = deps.database.db;
  const org = await getClaimableOrganization(deps, input);
  if (org.managedBy) return { ok: false, reason: 'ALREADY_MANAGED' };
  if (await findOpenClaim(db, org.id, actor.user.id)) {
    return { ok: false, reason: 'ALREADY_CLAIMED' };
  }
  const parsed = ZClaimForm.safeParse(form);
  const fields: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);
  const choices = await managingChoices(deps, acting);
  const manager = parsed.success ? parsed.data.manager : form.manager;
  if (manager !== NEW_ACCOUNT_ORGANIZATION && !choices.some((c) => c.id === manager)) {
    fields.manager ??= { key: 'directory.form.error.manager' };
  }
  if (!parsed.success || Object.keys(fields).length > 0) {
    return { ok: false, reason: 'INVALID', fields };
  }
  const accountOrganizationId =
    manager === NEW_ACCOUNT_ORGANIZATION
      ? (
          await createAccountOrganization(deps, acting, {
            name: (org.shortName || org.legalName).slice(0, 120),
          })
        ).id
      : manager;
  return db.transaction(async (tx) => {
    const claim = await insertClaim(tx, {
      organizationId: org.id,
      userId: actor.user.id,
      accountOrganizationId,
      message: parsed.data.message,
    });
    // Two submissions at once: the index keeps one open claim.
    if (!claim) return { ok: false as const, reason: 'ALREADY_CLAIMED' as const };
    if (isAuditedActor(actor)) {
      await recordAudit(tx, acting, {
        action: 'directory.claim:create',
        entityType: 'directory.claim',
        entityId: claim.id,
        after: claim,
      });
    }
    return { ok: true as const, claim };
  });
}
