// A forgotten password: the mailed link, and the new password (other sessions end).
import { policies } from '../../platform/authz';
import { parseForm } from '../../platform/http/forms';
import type { Router } from '../../platform/http/router';
import { ZEmailForm, ZResetForm } from './contracts';
import { authFor } from './services/auth';
import { attempt } from './services/auth-errors';
import { passwordProblem } from './services/password-policy';
import { ForgotPasswordPage, MessagePage, ResetPasswordPage } from './ui/auth-pages';

export function registerPasswordResetRoutes(router: Router) {
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
