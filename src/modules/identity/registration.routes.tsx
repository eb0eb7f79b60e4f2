// Registration and the e-mail verification link.
import { policies } from '../../platform/authz';
import { parseForm } from '../../platform/http/forms';
import type { Router } from '../../platform/http/router';
import { ZRegisterForm } from './contracts';
import { verifyEmail } from './services/email-verification';
import { registerAccount } from './services/register-account';
import { forwardCookies, sessionActing } from './session-cookies';
import { MessagePage, RegisterPage } from './ui/auth-pages';

export function registerRegistrationRoutes(router: Router) {
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
    const result = await registerAccount(ctx.deps, ctx, { ...form.data, locale: ctx.locale });
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
    const result = await verifyEmail(ctx.deps, sessionActing(c), {
      token: c.req.query('token') ?? '',
    });
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
    forwardCookies(c, result.cookies);
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
}
