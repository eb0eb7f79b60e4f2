import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime } from '../../../platform/i18n';
import { describeUserAgent } from '../services/session-device';
import type { AccountSession } from '../services/session-management';
import { ActionButton } from '../../../platform/ui/action-button';
import { AccountPage } from './account-components';
import type { PageNotice } from '../../../platform/ui/notice';

function deviceName(t: RequestContext['t'], userAgent: string | null): string {
  const device = describeUserAgent(userAgent);
  if (!device) return t('identity.sessions.unknownDevice');
  if (device.browser && device.os) {
    return t('identity.sessions.device', { browser: device.browser, os: device.os });
  }
  return device.browser ?? device.os ?? t('identity.sessions.unknownDevice');
}

export function SessionsPage(props: {
  ctx: RequestContext;
  sessions: AccountSession[];
  notice?: PageNotice;
}) {
  const { ctx, sessions } = props;
  const { t, locale } = ctx;
  const others = sessions.filter((s) => !s.isCurrent);
  return (
    <AccountPage
      ctx={ctx}
      path="/account/sessions"
      title={t('identity.sessions.title')}
      lead={t('identity.sessions.lead')}
      back={{ href: '/account', label: t('identity.account.title') }}
      notice={props.notice}
    >
      <ul class="cards" aria-label={t('identity.sessions.title')}>
        {sessions.map((s, i) => {
          const name = deviceName(t, s.userAgent);
          return (
            <li class="card">
              <h2 id={`session-${i}`}>
                {name}{' '}
                {s.isCurrent && <span class="badge ok">{t('identity.sessions.thisDevice')}</span>}
              </h2>
              <dl>
                <dt>{t('identity.sessions.ip')}</dt>
                <dd>{s.ipAddress ?? t('identity.sessions.unknown')}</dd>
                <dt>{t('identity.sessions.created')}</dt>
                <dd>
                  <time datetime={s.createdAt.toISOString()}>
                    {formatDateTime(s.createdAt, locale)}
                  </time>
                </dd>
                <dt>{t('identity.sessions.lastActive')}</dt>
                <dd>
                  <time datetime={s.lastActiveAt.toISOString()}>
                    {formatDateTime(s.lastActiveAt, locale)}
                  </time>
                </dd>
                {s.userAgent && (
                  <>
                    <dt>{t('identity.sessions.userAgent')}</dt>
                    <dd class="muted">
                      <small>{s.userAgent}</small>
                    </dd>
                  </>
                )}
              </dl>
              {!s.isCurrent && (
                <ActionButton
                  action={`/account/sessions/${encodeURIComponent(s.id)}/revoke`}
                  label={t('identity.sessions.revoke')}
                  ariaLabel={t('identity.sessions.revokeNamed', {
                    device: name,
                    date: formatDateTime(s.lastActiveAt, locale),
                  })}
                  kind="secondary"
                />
              )}
            </li>
          );
        })}
      </ul>
      {others.length > 0 ? (
        <section aria-labelledby="elsewhere-title">
          <h2 id="elsewhere-title">{t('identity.sessions.elsewhere')}</h2>
          <p>{t('identity.sessions.elsewhereLead', { count: others.length })}</p>
          <ActionButton
            action="/account/sessions/revoke-others"
            label={t('identity.sessions.revokeOthers')}
            kind="danger"
          />
        </section>
      ) : (
        <p class="muted">{t('identity.sessions.onlyThis')}</p>
      )}
    </AccountPage>
  );
}
