// The newsletter: sign-up, the mailed links (confirm, unsubscribe) and the staff's overview.
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import { AppError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, formStrings } from '../../platform/input/form-values';
import { confirmSubscription, subscribe, subscriptionOf, unsubscribe } from './services/newsletter';
import { newsletterOverview } from './services/newsletter.queries';
import { NewsletterStaffPage, SubscribePage, SubscriptionLinkPage } from './ui/newsletter-pages';
import { NEWSLETTER_PATH, NEWSLETTER_STAFF_PATH } from './ui/paths';

async function linkPage(c: Context<AppEnv>, action: 'confirm' | 'unsubscribe', isDone = false) {
  const ctx = c.get('ctx');
  const subscriber = await subscriptionOf(ctx.deps, routeParam(c, 'token'));
  if (!subscriber) throw new AppError('NOT_FOUND');
  // The page names an address and its address holds the secret: never kept by a shared cache,
  // never sent to another site as a referrer ('same-origin', not 'no-referrer', which would post
  // the page's own button with Origin: null and fail the CSRF guard).
  c.header('Cache-Control', 'private, no-store');
  c.header('Referrer-Policy', 'same-origin');
  return c.html(
    <SubscriptionLinkPage ctx={ctx} subscriber={subscriber} action={action} isDone={isDone} />,
  );
}

export function registerNewsletterRoutes(router: Router) {
  router.page('GET', NEWSLETTER_PATH, policies.public, (c) =>
    c.html(<SubscribePage ctx={c.get('ctx')} isDone={c.req.query('done') === '1'} />),
  );
  router.page('POST', NEWSLETTER_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const topics = formStrings(body, 'topics');
    const kinds = formStrings(body, 'kinds');
    const result = await subscribe(ctx.deps, {
      fields: {
        email: formString(body, 'email'),
        topics,
        kinds,
        consent: formString(body, 'consent') === '1',
      },
      locale: ctx.locale,
    });
    if (result.ok) return c.redirect(`${NEWSLETTER_PATH}?done=1`, 303);
    return c.html(
      <SubscribePage
        ctx={ctx}
        values={{ email: formString(body, 'email') }}
        topics={topics}
        kinds={kinds}
        errors={result.fields}
      />,
      422,
    );
  });
  router.page('GET', `${NEWSLETTER_PATH}/confirm/:token`, policies.public, (c) =>
    linkPage(c, 'confirm'),
  );
  router.page('POST', `${NEWSLETTER_PATH}/confirm/:token`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const result = await confirmSubscription(ctx.deps, { token: routeParam(c, 'token') });
    if (!result.ok) throw new AppError('NOT_FOUND');
    return linkPage(c, 'confirm', true);
  });
  router.page('GET', `${NEWSLETTER_PATH}/unsubscribe/:token`, policies.public, (c) =>
    linkPage(c, 'unsubscribe'),
  );
  router.page('POST', `${NEWSLETTER_PATH}/unsubscribe/:token`, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const token = routeParam(c, 'token');
    const result = await unsubscribe(ctx.deps, { token, by: 'unsubscribe' });
    if (!result.ok) throw new AppError('NOT_FOUND');
    return linkPage(c, 'unsubscribe', true);
  });
  router.page(
    'GET',
    NEWSLETTER_STAFF_PATH,
    policies.capability('content.item:publish'),
    async (c) => {
      const ctx = c.get('ctx');
      return c.html(
        <NewsletterStaffPage ctx={ctx} overview={await newsletterOverview(ctx.deps, ctx)} />,
      );
    },
  );
}
