// Changing one's password while signed in (other sessions end; staff may not reuse recent ones).
import { policies } from '../../platform/authz';
import type { FieldErrors } from '../../platform/errors';
import { parseForm } from '../../platform/http/forms';
import type { Router } from '../../platform/http/router';
import { ZPasswordChangeForm } from './contracts';
import { forwardCookies, sessionActing } from './session-cookies';
import { changePassword, type PasswordChangeResult } from './services/password-change';
import { doneNotice } from './ui/account-notices';
import { ChangePasswordPage } from './ui/password-pages';

type Refused = Exclude<PasswordChangeResult, { ok: true }>;

function refusedErrors(result: Refused): FieldErrors {
  if (result.reason === 'WRONG_PASSWORD') {
    return { currentPassword: { key: 'identity.passwordChange.wrong' } };
  }
  if (result.reason === 'WEAK') return { newPassword: { key: result.problem } };
  return { newPassword: { key: 'identity.password.reused' } };
}

export function registerPasswordChangeRoutes(router: Router) {
  router.page('GET', '/account/password', policies.session, (c) => {
    const ctx = c.get('ctx');
    const notice = doneNotice(ctx.t, c.req.query('done'), {
      changed: 'identity.passwordChange.done',
    });
    return c.html(<ChangePasswordPage ctx={ctx} notice={notice} />);
  });
  router.page('POST', '/account/password', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const form = await parseForm(c, ZPasswordChangeForm);
    if (!form.ok) return c.html(<ChangePasswordPage ctx={ctx} errors={form.errors} />, 422);
    const result = await changePassword(ctx.deps, sessionActing(c), form.data);
    if (result.ok) {
      forwardCookies(c, result.cookies);
      return c.redirect('/account/password?done=changed', 303);
    }
    if (result.reason === 'RATE_LIMITED') {
      c.header('Retry-After', String(result.retryAfterSeconds));
      const text = ctx.t('identity.passwordChange.tooMany', {
        seconds: result.retryAfterSeconds,
      });
      return c.html(<ChangePasswordPage ctx={ctx} notice={{ kind: 'error', text }} />, 429);
    }
    return c.html(<ChangePasswordPage ctx={ctx} errors={refusedErrors(result)} />, 422);
  });
}
