// The mailed link that unlocks an account locked after repeated failed log-ins: the page asks,
// the form unlocks (a mail scanner opening the link unlocks nothing), and an administrator's unlock.
import { z } from 'zod';
import { policies } from '../../platform/authz';
import { routeParam } from '../../platform/http/form-reader';
import { parseForm } from '../../platform/http/forms';
import type { Router } from '../../platform/http/router';
import { unlockAccount, unlockWithLink } from './services/account-lock';
import { FormPage, MessagePage } from './ui/auth-pages';

const ZUnlockForm = z.object({ token: z.string().min(1).max(512) });

export function registerUnlockRoutes(router: Router) {
  router.page('GET', '/unlock-account', policies.public, (c) => {
    const ctx = c.get('ctx');
    const { t } = ctx;
    return c.html(
      <FormPage
        ctx={ctx}
        path="/unlock-account"
        title={t('identity.unlock.title')}
        lead={t('identity.unlock.lead')}
      >
        <form method="post" action="/unlock-account">
          <input type="hidden" name="token" value={c.req.query('token') ?? ''} />
          <button type="submit">{t('identity.unlock.title')}</button>
        </form>
      </FormPage>,
    );
  });
  router.page('POST', '/unlock-account', policies.public, async (c) => {
    const ctx = c.get('ctx');
    const form = await parseForm(c, ZUnlockForm);
    const result = form.ok
      ? await unlockWithLink(ctx.deps, ctx, form.data)
      : ({ ok: false } as const);
    const text = ctx.t(result.ok ? 'identity.unlock.done' : 'identity.unlock.invalid');
    return c.html(
      <MessagePage
        ctx={ctx}
        path="/unlock-account"
        title={ctx.t('identity.unlock.title')}
        body={text}
        link={{ href: '/login', label: ctx.t('identity.login') }}
      />,
      result.ok ? 200 : 400,
    );
  });

  router.page(
    'POST',
    '/admin/users/:id/unlock',
    policies.backOffice('identity.user:manage'),
    async (c) => {
      const ctx = c.get('ctx');
      const userId = routeParam(c, 'id');
      await unlockAccount(ctx.deps, ctx, { userId });
      return c.redirect(`/admin/users/${encodeURIComponent(userId)}?saved=unlocked`, 303);
    },
  );
}
