import type { Context } from 'hono';
import { z } from 'zod';
import { isSignedIn, policies } from '../../platform/authz';
import { setLocaleCookie } from '../../platform/http/locale-cookie';
import type { AppEnv, RequestContext } from '../../platform/http/context';
import type { FieldErrors } from '../../platform/errors';
import { routeParam } from '../../platform/http/form-reader';
import { parseForm } from '../../platform/http/forms';
import type { Router } from '../../platform/http/router';
import { accountNavigation, workWaitingFor } from '../../platform/modules/registry';
import { forwardCookies, sessionActing } from './session-cookies';
import { ZCodeForm } from './contracts';
import { accountHolder } from './services/account-context';
import { getAccountOverview, updateProfile, ZProfileForm } from './services/account-profile';
import { MAX_PASSWORD_LENGTH } from './services/password-policy';
import { signOut } from './services/sign-in';
import {
  listMySessions,
  revokeMySession,
  revokeOtherSessions,
} from './services/session-management';
import { mustSetUpTwoFactor } from './services/two-factor-policy';
import {
  confirmTwoFactorSetup,
  disableTwoFactor,
  startTwoFactorSetup,
  type TwoFactorRefusal,
} from './services/two-factor-setup';
import type { PageNotice } from '../../platform/ui/notice';
import { doneNotice } from './ui/account-notices';
import { AccountOverviewPage } from './ui/account-pages';
import { SessionsPage } from './ui/session-pages';
import { TwoFactorPage, TwoFactorSetupPage } from './ui/two-factor-pages';

type C = Context<AppEnv>;

const ZPasswordForm = z.object({ password: z.string().min(1).max(MAX_PASSWORD_LENGTH) });

/** Pages showing a second-factor secret or backup codes must never be stored by a cache. */
const noStore = (c: C) => c.header('Cache-Control', 'no-store');

function twoFactorStatusPage(
  c: C,
  status: 200 | 403 | 422 | 429,
  extra: { errors?: FieldErrors; notice?: PageNotice } = {},
) {
  const ctx = c.get('ctx');
  const actor = accountHolder(ctx);
  return c.html(
    <TwoFactorPage
      ctx={ctx}
      isEnabled={actor.user.twoFactorEnabled}
      isRequired={mustSetUpTwoFactor(actor, ctx.deps.config)}
      {...extra}
    />,
    status,
  );
}

/** The message of a refused two-factor step, as a field error or a notice. */
function refusal(
  c: C,
  reason: TwoFactorRefusal,
  retryAfterSeconds?: number,
): { status: 422 | 429; errors?: FieldErrors; notice?: PageNotice } {
  const { t } = c.get('ctx');
  if (reason === 'RATE_LIMITED') {
    c.header('Retry-After', String(retryAfterSeconds ?? 60));
    const text = t('identity.2fa.tooMany', { seconds: retryAfterSeconds ?? 60 });
    return { status: 429, notice: { kind: 'error', text } };
  }
  const errors: FieldErrors =
    reason === 'WRONG_PASSWORD'
      ? { password: { key: 'identity.2fa.wrongPassword' } }
      : { code: { key: 'identity.twoFactor.invalid' } };
  return { status: 422, errors };
}

/** What every module counts as waiting for the account, and the modules' pages for it. */
async function accountActivity(ctx: RequestContext) {
  const actor = ctx.actor;
  if (!isSignedIn(actor)) return { work: [], pages: [] };
  return { work: await workWaitingFor(ctx.deps, actor), pages: accountNavigation(actor) };
}

function registerProfileRoutes(router: Router) {
  router.page('GET', '/account', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const notice = doneNotice(ctx.t, c.req.query('done'), {
      saved: 'identity.account.saved',
      consentWithdrawn: 'identity.data.consents.withdrawn',
    });
    return c.html(
      <AccountOverviewPage
        ctx={ctx}
        overview={await getAccountOverview(ctx.deps, ctx)}
        activity={await accountActivity(ctx)}
        notice={notice}
      />,
    );
  });
  router.page('POST', '/account/profile', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const form = await parseForm(c, ZProfileForm);
    if (!form.ok) {
      const overview = await getAccountOverview(ctx.deps, ctx);
      return c.html(
        <AccountOverviewPage
          ctx={ctx}
          overview={overview}
          activity={await accountActivity(ctx)}
          errors={form.errors}
          values={form.values}
        />,
        422,
      );
    }
    await updateProfile(ctx.deps, ctx, form.data);
    // The language cookie outranks the stored preference, so it follows the new choice.
    setLocaleCookie(c, form.data.locale);
    return c.redirect('/account?done=saved', 303);
  });
}

function registerSessionRoutes(router: Router) {
  router.page('GET', '/account/sessions', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const sessions = await listMySessions(ctx.deps, ctx);
    const notice = doneNotice(ctx.t, c.req.query('done'), {
      revoked: 'identity.sessions.revoked',
      revokedOthers: 'identity.sessions.revokedOthers',
    });
    return c.html(<SessionsPage ctx={ctx} sessions={sessions} notice={notice} />);
  });
  router.page('POST', '/account/sessions/revoke-others', policies.session, async (c) => {
    const ctx = c.get('ctx');
    await revokeOtherSessions(ctx.deps, ctx);
    return c.redirect('/account/sessions?done=revokedOthers', 303);
  });
  router.page('POST', '/account/sessions/:id/revoke', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const result = await revokeMySession(ctx.deps, ctx, { sessionId: routeParam(c, 'id') });
    if (result.wasCurrent) {
      forwardCookies(c, await signOut(ctx.deps, sessionActing(c)));
      return c.redirect('/', 303);
    }
    return c.redirect('/account/sessions?done=revoked', 303);
  });
}

function registerTwoFactorRoutes(router: Router) {
  router.page('GET', '/account/two-factor', policies.session, (c) => {
    const { t } = c.get('ctx');
    const notice = doneNotice(t, c.req.query('done'), {
      enabled: 'identity.2fa.enabled',
      disabled: 'identity.2fa.disabled',
    });
    return twoFactorStatusPage(c, 200, { notice });
  });
  router.page('POST', '/account/two-factor/enable', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const form = await parseForm(c, ZPasswordForm);
    if (!form.ok) return twoFactorStatusPage(c, 422, { errors: form.errors });
    const result = await startTwoFactorSetup(ctx.deps, sessionActing(c), form.data);
    if (!result.ok) {
      if (result.reason === 'ALREADY_ON') return c.redirect('/account/two-factor', 303);
      const { status, ...extra } = refusal(c, result.reason, result.retryAfterSeconds);
      return twoFactorStatusPage(c, status, extra);
    }
    noStore(c);
    return c.html(<TwoFactorSetupPage ctx={ctx} setup={result.setup} />);
  });
  router.page('POST', '/account/two-factor/confirm', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const form = await parseForm(c, ZCodeForm);
    const result = form.ok
      ? await confirmTwoFactorSetup(ctx.deps, sessionActing(c), form.data)
      : ({ ok: false, reason: 'INVALID_CODE' } as const);
    if (result.ok) {
      forwardCookies(c, result.cookies);
      return c.redirect('/account/two-factor?done=enabled', 303);
    }
    if (result.reason === 'ALREADY_ON' || result.reason === 'NOT_STARTED') {
      return c.redirect('/account/two-factor', 303);
    }
    const { status, ...extra } = refusal(
      c,
      result.reason,
      'retryAfterSeconds' in result ? result.retryAfterSeconds : undefined,
    );
    noStore(c);
    return c.html(<TwoFactorSetupPage ctx={ctx} {...extra} />, status);
  });
  router.page('POST', '/account/two-factor/disable', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const form = await parseForm(c, ZPasswordForm);
    if (!form.ok) return twoFactorStatusPage(c, 422, { errors: form.errors });
    const result = await disableTwoFactor(ctx.deps, sessionActing(c), form.data);
    if (!result.ok) {
      const { status, ...extra } = refusal(c, result.reason, result.retryAfterSeconds);
      return twoFactorStatusPage(c, status, extra);
    }
    forwardCookies(c, result.cookies);
    return c.redirect('/account/two-factor?done=disabled', 303);
  });
}

export function registerAccountRoutes(router: Router) {
  registerProfileRoutes(router);
  registerSessionRoutes(router);
  registerTwoFactorRoutes(router);
}
