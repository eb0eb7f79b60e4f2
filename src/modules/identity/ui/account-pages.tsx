import type { NavEntry, WorkItem } from '../../../platform/modules/manifest';
import { WorkWaiting } from '../../../platform/ui/work-waiting';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { FormValues } from '../../../platform/input/form-values';
import { formatDate, formatDateTime, isMessageKey, LOCALES } from '../../../platform/i18n';
import { TextField } from '../../../platform/ui/text-controls';
import type { getAccountOverview } from '../services/account-profile';
import { AccountPage } from './account-components';
import { ActionButton } from '../../../platform/ui/action-button';
import { SelectField } from '../../../platform/ui/choice-controls';
import type { PageNotice } from '../../../platform/ui/notice';

type Overview = Awaited<ReturnType<typeof getAccountOverview>>;

/** A catalog label for a stored code, or the code itself when the catalog has none. */
export function labelOf(t: RequestContext['t'], prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export function AccountOverviewPage(props: {
  ctx: RequestContext;
  overview: Overview;
  /** What the modules count as waiting for this account, and their pages for it. */
  activity: { work: WorkItem[]; pages: NavEntry[] };
  errors?: FieldErrors;
  values?: FormValues;
  notice?: PageNotice;
}) {
  const { ctx, overview } = props;
  const { t, locale } = ctx;
  const { user, roles, consents } = overview;
  const values = props.values ?? { name: user.name, locale: user.locale };
  return (
    <AccountPage
      ctx={ctx}
      path="/account"
      title={t('identity.account.title')}
      notice={props.notice}
      errors={props.errors}
    >
      <WorkWaiting ctx={ctx} items={props.activity.work} />
      {props.activity.pages.length > 0 && (
        <nav aria-labelledby="activity-title">
          <h2 id="activity-title">{t('identity.account.activity')}</h2>
          <ul>
            {props.activity.pages.map((p) => (
              <li>
                <a href={p.path}>{t(p.title)}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <section aria-labelledby="profile-title" class="narrow">
        <h2 id="profile-title">{t('identity.account.profile')}</h2>
        <form method="post" action="/account/profile" novalidate>
          <TextField
            t={t}
            name="name"
            label={t('identity.field.name')}
            value={values.name}
            errors={props.errors}
            autocomplete="name"
            required
          />
          <div class="field">
            <strong>{t('identity.field.email')}</strong>
            <span>{user.email}</span>
            <span class="hint">{t('identity.account.emailHint')}</span>
          </div>
          <SelectField
            t={t}
            name="locale"
            label={t('identity.account.language')}
            hint={t('identity.account.languageHint')}
            value={values.locale}
            errors={props.errors}
            options={LOCALES.map((l) => ({ value: l, label: t(`identity.account.language.${l}`) }))}
          />
          <button type="submit">{t('common.save')}</button>
        </form>
      </section>

      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{t('identity.account.roles')}</h2>
        <p class="muted">{t('identity.account.rolesLead')}</p>
        <p class="row">
          {roles.map((r) => (
            <span class="badge">{labelOf(t, 'identity.account.role', r)}</span>
          ))}
        </p>
      </section>

      <section aria-labelledby="security-title">
        <h2 id="security-title">{t('identity.account.security')}</h2>
        <ul class="cards">
          <li class="card">
            <h3>
              <a href="/account/sessions">{t('identity.account.link.sessions')}</a>
            </h3>
            <p>{t('identity.account.link.sessionsDesc')}</p>
          </li>
          <li class="card">
            <h3>
              <a href="/account/data">{t('identity.account.link.data')}</a>
            </h3>
            <p>{t('identity.account.link.dataDesc')}</p>
          </li>
          <li class="card">
            <h3>
              <a href="/account/password">{t('identity.account.link.password')}</a>
            </h3>
            <p>{t('identity.account.link.passwordDesc')}</p>
          </li>
          <li class="card">
            <h3>
              <a href="/account/two-factor">{t('identity.account.link.twoFactor')}</a>
            </h3>
            <p>
              <span class={user.twoFactorEnabled ? 'badge ok' : 'badge'}>
                {t(user.twoFactorEnabled ? 'identity.2fa.statusOn' : 'identity.2fa.statusOff')}
              </span>
            </p>
          </li>
          <li class="card">
            <h3>
              <a href="/account/organizations">{t('identity.account.link.organizations')}</a>
            </h3>
            <p>{t('identity.account.link.organizationsDesc')}</p>
          </li>
          <li class="card">
            <h3>
              <a href="/account/api-keys">{t('identity.account.link.apiKeys')}</a>
            </h3>
            <p>{t('identity.account.link.apiKeysDesc')}</p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="consents-title">
        <h2 id="consents-title">{t('identity.account.consents')}</h2>
        <p class="muted">{t('identity.account.consentsLead')}</p>
        <p class="muted">{t('identity.data.consents.accountNote')}</p>
        {consents.length === 0 ? (
          <p>{t('identity.account.consentsNone')}</p>
        ) : (
          <ul class="cards">
            {consents.map((c) => (
              <li class="card">
                <h3>{labelOf(t, 'identity.account.consent.purpose', c.purpose)}</h3>
                <dl>
                  <dt>{t('identity.account.consent.status')}</dt>
                  <dd>
                    {c.withdrawnAt
                      ? t('identity.account.consent.withdrawn', {
                          date: formatDate(c.withdrawnAt, locale),
                        })
                      : t('identity.account.consent.active')}
                  </dd>
                  <dt>{t('identity.account.consent.given')}</dt>
                  <dd>
                    <time datetime={c.givenAt.toISOString()}>
                      {formatDateTime(c.givenAt, locale)}
                    </time>
                  </dd>
                  <dt>{t('identity.account.consent.channel')}</dt>
                  <dd>{labelOf(t, 'identity.account.consent.channel', c.channel)}</dd>
                  <dt>{t('identity.account.consent.notice')}</dt>
                  <dd>{c.noticeVersion}</dd>
                </dl>
                {!c.withdrawnAt && c.subjectEmail !== null && (
                  <p class="muted">{t('identity.account.consent.byEmail')}</p>
                )}
                {!c.withdrawnAt && c.subjectEmail === null && (
                  <ActionButton
                    action={`/account/consents/${c.id}/withdraw`}
                    label={t('identity.data.consents.withdraw')}
                    ariaLabel={`${t('identity.data.consents.withdraw')}: ${labelOf(t, 'identity.account.consent.purpose', c.purpose)}`}
                    kind="secondary"
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </AccountPage>
  );
}
