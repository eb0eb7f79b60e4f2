// Registration and the e-mail verification link.
import { policies } from '../../platform/authz';
import { parseForm } from '../../platform/http/forms';
import type { AppContext } from '../../platform/http/context';
import type { Router } from '../../platform/http/router';
import { ZRegisterForm } from './contracts';
import { z } from 'zod';
import { switchAndVerify, verifyEmail } from './services/email-verification';
import { registerAccount } from './services/register-account';
import { forwardCookies, sessionActing } from './session-cookies';
import { MessagePage, RegisterPage, SwitchAccountPage } from './ui/auth-pages';

const ZVerifyForm = z.object({ token: z.string().min(1).max(2048) });

function invalidLink(c: AppContext) {
  const ctx = c.get('ctx');
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
    if (!result.ok && result.reason === 'RATE_LIMITED') {
      c.header('Retry-After', String(result.retryAfterSeconds));
      const text = ctx.t('identity.register.tooMany', { seconds: result.retryAfterSeconds });
      return c.html(
        <RegisterPage
          ctx={ctx}
          path="/register"
          values={form.values}
          notice={{ kind: 'error', text }}
        />,
        429,
      );
    }
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
    const result = await verifyEmail(ctx.deps, sessionActing(c), { token });
    if (!result.ok && result.reason === 'SWITCH_ASKED') {
      const { current, other } = result;
      return c.html(
        <SwitchAccountPage
          ctx={ctx}
          path="/verify-email"
          token={token}
          current={current}
          other={other}
        />,
      );
    }
    if (!result.ok) return invalidLink(c);
    forwardCookies(c, result.cookies);
    // A new page, so that it is rendered with the session the verification just opened.
    return c.redirect('/verify-email/done', 303);
  });
  router.page('POST', '/verify-email', policies.public, async (c) => {
    const form = await parseForm(c, ZVerifyForm);
    const result = form.ok
      ? await switchAndVerify(c.get('ctx').deps, sessionActing(c), form.data)
      : ({ ok: false } as const);
    if (!result.ok) return invalidLink(c);
    forwardCookies(c, result.cookies);
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
