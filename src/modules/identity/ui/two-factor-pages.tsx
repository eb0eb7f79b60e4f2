import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { TextField } from '../../../platform/ui/text-controls';
import { groupSecret, type TwoFactorSetup } from '../services/two-factor-setup';
import { AccountPage } from './account-components';
import type { PageNotice } from '../../../platform/ui/notice';

const PATH = '/account/two-factor';

function PasswordForm(props: {
  ctx: RequestContext;
  action: string;
  button: string;
  danger?: boolean;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  return (
    <form method="post" action={props.action} novalidate>
      <TextField
        t={t}
        name="password"
        type="password"
        label={t('identity.2fa.currentPassword')}
        errors={props.errors}
        autocomplete="current-password"
        required
      />
      <button type="submit" class={props.danger ? 'danger' : undefined}>
        {props.button}
      </button>
    </form>
  );
}

/** Status, and the form that starts or ends two-factor authentication. */
export function TwoFactorPage(props: {
  ctx: RequestContext;
  isEnabled: boolean;
  isRequired: boolean;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, isEnabled } = props;
  const { t } = ctx;
  const notice =
    props.notice ??
    (props.isRequired ? { kind: 'error' as const, text: t('identity.2fa.required') } : undefined);
  return (
    <AccountPage
      ctx={ctx}
      path={PATH}
      title={t('identity.2fa.title')}
      back={{ href: '/account', label: t('identity.account.title') }}
      notice={notice}
      errors={props.errors}
    >
      <p>
        {t('identity.2fa.status')}{' '}
        <span class={isEnabled ? 'badge ok' : 'badge'}>
          {t(isEnabled ? 'identity.2fa.statusOn' : 'identity.2fa.statusOff')}
        </span>
      </p>
      <section class="narrow" aria-labelledby="twofa-action">
        {isEnabled ? (
          <>
            <h2 id="twofa-action">{t('identity.2fa.disableTitle')}</h2>
            <p>{t('identity.2fa.onLead')}</p>
            <PasswordForm
              ctx={ctx}
              action={`${PATH}/disable`}
              button={t('identity.2fa.disable')}
              danger
              errors={props.errors}
            />
          </>
        ) : (
          <>
            <h2 id="twofa-action">{t('identity.2fa.enableTitle')}</h2>
            <p>{t('identity.2fa.offLead')}</p>
            <PasswordForm
              ctx={ctx}
              action={`${PATH}/enable`}
              button={t('identity.2fa.start')}
              errors={props.errors}
            />
          </>
        )}
      </section>
    </AccountPage>
  );
}

/**
 * The set-up: the key (as a link for phone apps and as text to type), the backup codes, and the
 * form that turns the second factor on once the app shows a correct code. After a wrong code the
 * key is not shown again; starting over issues a new one.
 */
export function TwoFactorSetupPage(props: {
  ctx: RequestContext;
  setup?: TwoFactorSetup;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, setup } = props;
  const { t } = ctx;
  return (
    <AccountPage
      ctx={ctx}
      path={PATH}
      title={t('identity.2fa.setupTitle')}
      back={{ href: PATH, label: t('identity.2fa.title') }}
      notice={props.notice}
      errors={props.errors}
    >
      {setup && (
        <ol class="stack">
          <li>
            <h2>{t('identity.2fa.step.app')}</h2>
            <p>{t('identity.2fa.step.appLead')}</p>
            <p>
              <a class="button secondary" href={setup.uri}>
                {t('identity.2fa.openApp')}
              </a>
            </p>
            <p>
              {t('identity.2fa.keyLabel')} <code class="secret">{groupSecret(setup.secret)}</code>
            </p>
            <p class="hint">{t('identity.2fa.keyHint')}</p>
          </li>
          <li>
            <h2>{t('identity.2fa.step.backup')}</h2>
            <p>{t('identity.2fa.step.backupLead')}</p>
            <ul class="backup-codes" aria-label={t('identity.2fa.step.backup')}>
              {setup.backupCodes.map((code) => (
                <li>
                  <code>{code}</code>
                </li>
              ))}
            </ul>
          </li>
          <li>
            <h2>{t('identity.2fa.step.confirm')}</h2>
            <ConfirmForm ctx={ctx} errors={props.errors} />
          </li>
        </ol>
      )}
      {!setup && (
        <>
          <ConfirmForm ctx={ctx} errors={props.errors} />
          <section class="narrow" aria-labelledby="restart-title">
            <h2 id="restart-title">{t('identity.2fa.restartTitle')}</h2>
            <p>{t('identity.2fa.restartLead')}</p>
            <PasswordForm ctx={ctx} action={`${PATH}/enable`} button={t('identity.2fa.restart')} />
          </section>
        </>
      )}
    </AccountPage>
  );
}

function ConfirmForm(props: { ctx: RequestContext; errors?: FieldErrors }) {
  const { t } = props.ctx;
  return (
    <form method="post" action={`${PATH}/confirm`} class="narrow" novalidate>
      <TextField
        t={t}
        name="code"
        label={t('identity.field.code')}
        hint={t('identity.2fa.confirmHint')}
        errors={props.errors}
        autocomplete="one-time-code"
        inputmode="numeric"
        required
      />
      <button type="submit">{t('identity.2fa.confirm')}</button>
    </form>
  );
}
