// A forgotten password: the mailed link, and the new password (other sessions end).
import { policies } from '../../platform/authz';
import { parseForm } from '../../platform/http/forms';
import type { Router } from '../../platform/http/router';
import { ZEmailForm, ZResetForm } from './contracts';
import { requestPasswordReset, resetPassword } from './services/password-reset';
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
    const asked = await requestPasswordReset(ctx.deps, ctx, form.data);
    if (!asked.ok) {
      c.header('Retry-After', String(asked.retryAfterSeconds));
      const text = ctx.t('identity.forgot.tooMany', { seconds: asked.retryAfterSeconds });
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
    const result = await resetPassword(ctx.deps, ctx, form.data);
    if (!result.ok && result.reason !== 'INVALID') {
      const key = result.reason === 'WEAK' ? result.problem : 'identity.password.reused';
      return c.html(
        <ResetPasswordPage
          ctx={ctx}
          path="/reset-password"
          token={token}
          errors={{ password: { key } }}
        />,
        422,
      );
    }
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
