import type { RequestContext } from '../../../platform/http/context';
import { formatDate } from '../../../platform/i18n';
import type { getInvitationForRecipient } from '../services/organization-queries';
import { ActionButton } from '../../../platform/ui/action-button';
import { AccountPage } from './account-components';
import type { PageNotice } from '../../../platform/ui/notice';
import { roleLabel } from './organization-pages';

type Invitation = Awaited<ReturnType<typeof getInvitationForRecipient>>;

export function InvitationPage(props: {
  ctx: RequestContext;
  invitation: Invitation;
  notice?: PageNotice;
}) {
  const { ctx, invitation } = props;
  const { t, locale } = ctx;
  const path = `/invitations/${encodeURIComponent(invitation.id)}`;
  return (
    <AccountPage
      ctx={ctx}
      path={path}
      title={t('identity.invitation.title', { organization: invitation.organizationName })}
      notice={props.notice}
    >
      <div class="narrow stack">
        {invitation.isOpen ? (
          <>
            <p>
              {t('identity.invitation.body', {
                inviter: invitation.inviterName,
                organization: invitation.organizationName,
                role: roleLabel(t, invitation.role),
              })}
            </p>
            <p class="muted">
              {t('identity.invitation.expires', { date: formatDate(invitation.expiresAt, locale) })}
            </p>
            <div class="row">
              <ActionButton action={`${path}/accept`} label={t('identity.invitation.accept')} />
              <ActionButton
                action={`${path}/decline`}
                label={t('identity.invitation.decline')}
                kind="secondary"
              />
            </div>
          </>
        ) : (
          <p>{t('identity.invitation.closed')}</p>
        )}
        <p>
          <a href="/account/organizations">{t('identity.org.title')}</a>
        </p>
      </div>
    </AccountPage>
  );
}
