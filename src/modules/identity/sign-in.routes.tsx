// Signing in (password, then the second factor when the account has one) and out.
import { policies } from '../../platform/authz';
import { parseForm } from '../../platform/http/forms';
import type { Router } from '../../platform/http/router';
import { ZCodeForm, ZLoginForm } from './contracts';
import { completeSecondFactor, signIn, signOut } from './services/sign-in';
import { forwardCookies, nextOf, sessionActing } from './session-cookies';
import { LoginPage, SecondFactorPage } from './ui/auth-pages';

const REFUSAL_MESSAGES = {
  INVALID: 'identity.login.failed',
  UNVERIFIED: 'identity.login.unverified',
  LOCKED: 'identity.login.locked',
  DISABLED: 'identity.login.disabled',
} as const;

export function registerSignInRoutes(router: Router) {
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
    const result = await signIn(ctx.deps, sessionActing(c), form.data);
    if (!result.ok) {
      const status = result.reason === 'RATE_LIMITED' ? 429 : 422;
      if (result.reason === 'RATE_LIMITED')
        c.header('Retry-After', String(result.retryAfterSeconds));
      const text =
        result.reason === 'RATE_LIMITED'
          ? ctx.t('identity.login.tooMany', { seconds: result.retryAfterSeconds })
          : ctx.t(REFUSAL_MESSAGES[result.reason]);
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
    forwardCookies(c, result.cookies);
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
    const result = await completeSecondFactor(ctx.deps, sessionActing(c), form.data);
    if (!result.ok && result.reason === 'RATE_LIMITED') {
      c.header('Retry-After', String(result.retryAfterSeconds));
      return page(ctx.t('identity.login.tooMany', { seconds: result.retryAfterSeconds }), 429);
    }
    if (!result.ok) return page(ctx.t('identity.twoFactor.invalid'));
    forwardCookies(c, result.cookies);
    return c.redirect(next, 303);
  });

  router.page('POST', '/logout', policies.public, async (c) => {
    forwardCookies(c, await signOut(c.get('ctx').deps, sessionActing(c)));
    return c.redirect('/', 303);
  });
}
