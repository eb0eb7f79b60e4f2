import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { parseForm } from '../../platform/http/forms';
import type { Router } from '../../platform/http/router';
import { safeNext } from '../../platform/shell/shell.module';
import { ZCodeForm, ZEmailForm, ZLoginForm, ZRegisterForm, ZResetForm } from './contracts';
import { authFor } from './services/auth';
import { attempt } from './services/auth-errors';
import { passwordProblem } from './services/password-policy';
import { registerAccount } from './services/register-account';
import { signIn } from './services/sign-in';
import {
  ForgotPasswordPage,
  LoginPage,
  MessagePage,
  RegisterPage,
  ResetPasswordPage,
  SecondFactorPage,
} from './ui/auth-pages';

type C = Context<AppEnv>;

/** Copies the cookies better-auth set onto our response. */
export function forwardCookies(c: C, headers: Headers) {
  for (const cookie of headers.getSetCookie()) c.header('Set-Cookie', cookie, { append: true });
}

const nextOf = (c: C) => safeNext(c.req.query('next'));

export function registerAuthRoutes(router: Router) {
  router.page('GET', '/register', policies.public, (c) =>
    c.html(<RegisterPage ctx={c.get('ctx')} path="/register" />),
  );
  router.page('POST', '/register', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const form = await parseForm(c, ZRegisterForm);
    if (!form.ok)
      return c.html(
        <RegisterPage ctx={ctx} path="/register" errors={form.errors} values={form.values} />,
        422,
      );
    const result = await registerAccount(
      ctx.deps,
      { ...form.data, locale: ctx.locale },
      c.req.raw.headers,
    );
    if (!result.ok)
      return c.html(
        <RegisterPage ctx={ctx} path="/register" errors={result.fields} values={form.values} />,
        422,
      );
    return c.html(
      <MessagePage
        ctx={ctx}
        path="/register"
        title={ctx.t('identity.register.checkMail.title')}
        body={ctx.t('identity.register.checkMail.body', { email: form.data.email })}
      />,
    );
  });

  router.page('GET', '/verify-email', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const token = c.req.query('token') ?? '';
    const result = await attempt(() =>
      authFor(ctx.deps).api.verifyEmail({
        query: { token },
        headers: c.req.raw.headers,
        returnHeaders: true,
      }),
    );
    if (!result.ok) {
      return c.html(
        <MessagePage
          ctx={ctx}
          path="/verify-email"
          title={ctx.t('identity.verify.invalid')}
          body={ctx.t('identity.verify.invalid')}
          link={{ href: '/login', label: ctx.t('identity.login') }}
        />,
        400,
      );
    }
    forwardCookies(c, result.value.headers);
    // A new page, so that it is rendered with the session the verification just opened.
    return c.redirect('/verify-email/done', 303);
  });
  router.page('GET', '/verify-email/done', policies.public, (c) => {
    const ctx = c.get('ctx');
    return c.html(
      <MessagePage
        ctx={ctx}
        path="/verify-email/done"
        title={ctx.t('identity.verify.done.title')}
        body={ctx.t('identity.verify.done.body')}
        link={{ href: '/account', label: ctx.t('identity.account') }}
      />,
    );
  });

  router.page('GET', '/login', policies.public, (c) =>
    c.html(<LoginPage ctx={c.get('ctx')} path="/login" next={nextOf(c)} />),
  );
  router.page('POST', '/login', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const next = nextOf(c);
    const form = await parseForm(c, ZLoginForm);
    if (!form.ok)
      return c.html(
        <LoginPage ctx={ctx} path="/login" next={next} errors={form.errors} values={form.values} />,
        422,
      );
    const result = await signIn(ctx.deps, { ...form.data, ip: ctx.ip }, c.req.raw.headers);
    if (!result.ok) {
      const status = result.reason === 'RATE_LIMITED' ? 429 : 422;
      if (result.reason === 'RATE_LIMITED')
        c.header('Retry-After', String(result.retryAfterSeconds));
      const text =
        result.reason === 'RATE_LIMITED'
          ? ctx.t('identity.login.tooMany', { seconds: result.retryAfterSeconds })
          : ctx.t(
              result.reason === 'UNVERIFIED'
                ? 'identity.login.unverified'
                : 'identity.login.failed',
            );
      return c.html(
        <LoginPage
          ctx={ctx}
          path="/login"
          next={next}
          values={form.values}
          notice={{ kind: 'error', text }}
        />,
        status,
      );
    }
    forwardCookies(c, result.headers);
    return c.redirect(
      result.needsSecondFactor ? `/login/two-factor?next=${encodeURIComponent(next)}` : next,
      303,
    );
  });

  router.page('GET', '/login/two-factor', policies.public, (c) =>
    c.html(<SecondFactorPage ctx={c.get('ctx')} path="/login/two-factor" next={nextOf(c)} />),
  );
  router.page('POST', '/login/two-factor', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const next = nextOf(c);
    const form = await parseForm(c, ZCodeForm);
    const page = (text: string, status: 422 | 429 = 422) =>
      c.html(
        <SecondFactorPage
          ctx={ctx}
          path="/login/two-factor"
          next={next}
          notice={{ kind: 'error', text }}
        />,
        status,
      );
    if (!form.ok) return page(ctx.t('identity.twoFactor.invalid'));
    const hit = ctx.deps.rateLimiter.hit(`2fa:${ctx.ip}`, 10, 5 * 60);
    if (!hit.ok)
      return page(ctx.t('identity.login.tooMany', { seconds: hit.retryAfterSeconds }), 429);
    const api = authFor(ctx.deps).api;
    const isBackupCode = !/^\d{6}$/.test(form.data.code);
    const result = await attempt(() =>
      isBackupCode
        ? api.verifyBackupCode({
            body: { code: form.data.code },
            headers: c.req.raw.headers,
            returnHeaders: true,
          })
        : api.verifyTOTP({
            body: { code: form.data.code },
            headers: c.req.raw.headers,
            returnHeaders: true,
          }),
    );
    if (!result.ok) return page(ctx.t('identity.twoFactor.invalid'));
    forwardCookies(c, result.value.headers);
    return c.redirect(next, 303);
  });

  router.page('POST', '/logout', policies.public, async (c) => {
    const ctx = c.get('ctx');
    if (ctx.actor.kind === 'user') {
      const result = await attempt(() =>
        authFor(ctx.deps).api.signOut({ headers: c.req.raw.headers, returnHeaders: true }),
      );
      if (result.ok) forwardCookies(c, result.value.headers);
    }
    return c.redirect('/', 303);
  });

  router.page('GET', '/forgot-password', policies.public, (c) =>
    c.html(<ForgotPasswordPage ctx={c.get('ctx')} path="/forgot-password" />),
  );
  router.page('POST', '/forgot-password', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const form = await parseForm(c, ZEmailForm);
    if (!form.ok)
      return c.html(
        <ForgotPasswordPage
          ctx={ctx}
          path="/forgot-password"
          errors={form.errors}
          values={form.values}
        />,
        422,
      );
    const email = form.data.email.toLowerCase();
    const hit = ctx.deps.rateLimiter.hit(`reset:${email}`, 3, 60 * 60);
    const ipHit = ctx.deps.rateLimiter.hit(`reset-ip:${ctx.ip}`, 20, 60 * 60);
    const limited = !hit.ok ? hit : !ipHit.ok ? ipHit : undefined;
    if (limited) {
      c.header('Retry-After', String(limited.retryAfterSeconds));
      const text = ctx.t('identity.forgot.tooMany', { seconds: limited.retryAfterSeconds });
      return c.html(
        <ForgotPasswordPage
          ctx={ctx}
          path="/forgot-password"
          values={form.values}
          notice={{ kind: 'error', text }}
        />,
        429,
      );
    }
    await attempt(() =>
      authFor(ctx.deps).api.requestPasswordReset({
        body: { email, redirectTo: '/reset-password' },
      }),
    );
    // Same answer whether or not the account exists, so the form cannot be used to probe addresses.
    return c.html(
      <ForgotPasswordPage
        ctx={ctx}
        path="/forgot-password"
        notice={{ kind: 'success', text: ctx.t('identity.forgot.sent') }}
      />,
    );
  });

  router.page('GET', '/reset-password', policies.public, (c) =>
    c.html(
      <ResetPasswordPage
        ctx={c.get('ctx')}
        path="/reset-password"
        token={c.req.query('token') ?? ''}
      />,
    ),
  );
  router.page('POST', '/reset-password', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const form = await parseForm(c, ZResetForm);
    const token = form.values.token ?? '';
    if (!form.ok)
      return c.html(
        <ResetPasswordPage ctx={ctx} path="/reset-password" token={token} errors={form.errors} />,
        422,
      );
    const problem = passwordProblem(form.data.password);
    if (problem)
      return c.html(
        <ResetPasswordPage
          ctx={ctx}
          path="/reset-password"
          token={token}
          errors={{ password: { key: problem } }}
        />,
        422,
      );
    const result = await attempt(() =>
      authFor(ctx.deps).api.resetPassword({ body: { token, newPassword: form.data.password } }),
    );
    if (!result.ok) {
      return c.html(
        <ResetPasswordPage
          ctx={ctx}
          path="/reset-password"
          token={token}
          notice={{ kind: 'error', text: ctx.t('identity.reset.invalid') }}
        />,
        400,
      );
    }
    return c.html(
      <MessagePage
        ctx={ctx}
        path="/reset-password"
        title={ctx.t('identity.reset.title')}
        body={ctx.t('identity.reset.done')}
        link={{ href: '/login', label: ctx.t('identity.login') }}
      />,
    );
  });
}
