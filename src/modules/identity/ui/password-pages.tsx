import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { PageNotice } from '../../../platform/ui/notice';
import { TextField } from '../../../platform/ui/text-controls';
import { AccountPage } from './account-components';

/** The current password and the new one; other sessions end once it is changed. */
export function ChangePasswordPage(props: {
  ctx: RequestContext;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { t } = props.ctx;
  return (
    <AccountPage
      ctx={props.ctx}
      path="/account/password"
      title={t('identity.passwordChange.title')}
      lead={t('identity.passwordChange.lead')}
      back={{ href: '/account', label: t('identity.account.title') }}
      notice={props.notice}
      errors={props.errors}
    >
      <form method="post" action="/account/password" novalidate>
        <TextField
          t={t}
          name="currentPassword"
          type="password"
          label={t('identity.passwordChange.current')}
          errors={props.errors}
          autocomplete="current-password"
          required
        />
        <TextField
          t={t}
          name="newPassword"
          type="password"
          label={t('identity.field.newPassword')}
          hint={t('identity.password.hint')}
          errors={props.errors}
          autocomplete="new-password"
          required
        />
        <button type="submit">{t('common.save')}</button>
      </form>
    </AccountPage>
  );
}
