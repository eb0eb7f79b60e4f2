// The block under an organisation's name: edit for its managers and staff, claim for everyone
// else while nobody manages it, verification and archiving for staff.
import type { RequestContext } from '../../../platform/http/context';
import type { OrganizationRow } from '../db/organizations.repository';
import { canManageOrganization, isCurator } from '../services/managers';
import { ActionButton } from '../../../platform/ui/action-button';
import { orgActionPath } from './curation-page';

export async function OrganizationActions({
  ctx,
  org,
}: {
  ctx: RequestContext;
  org: OrganizationRow;
}) {
  const { t } = ctx;
  const curator = isCurator(ctx.actor);
  const canEdit = await canManageOrganization(ctx.deps, ctx, { organization: org });
  const canClaim = !org.managedBy && !curator;
  if (!canEdit && !canClaim) return null;
  const base = `/directory/organizations/${org.slug}`;
  return (
    <div class="row" role="group" aria-label={t('directory.actions.label')}>
      {canEdit && (
        <a class="button small secondary" href={`${base}/edit`}>
          {t('directory.actions.edit')}
        </a>
      )}
      {canClaim && <a href={`${base}/claim`}>{t('directory.actions.claim')}</a>}
      {curator && (
        <>
          <ActionButton
            action={orgActionPath(org, org.verifiedAt ? 'unverify' : 'verify')}
            label={t(org.verifiedAt ? 'directory.actions.unverify' : 'directory.actions.verify')}
            kind={org.verifiedAt ? 'secondary' : 'primary'}
          />
          <ActionButton
            action={orgActionPath(org, 'archive')}
            label={t('directory.actions.archive')}
            kind="danger"
          />
        </>
      )}
    </div>
  );
}
