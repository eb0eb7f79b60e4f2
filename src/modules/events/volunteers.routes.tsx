// Staff's page of an event's check-in volunteers: /admin/events/:id/volunteers (grant, revoke).
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString } from '../../platform/input/form-values';
import type { PageNotice } from '../../platform/ui/notice';
import { eventVolunteers, grantVolunteer, revokeVolunteer } from './services/volunteers';
import { volunteersPath } from './ui/door-text';
import { VolunteersPage } from './ui/volunteers-page';

const MANAGE = policies.backOffice('events.event:manage');

async function showVolunteers(
  c: Context<AppEnv>,
  r: { email?: string; notice?: PageNotice; errors?: FieldErrors; status?: 200 | 409 | 422 } = {},
) {
  const ctx = c.get('ctx');
  const { event, volunteers } = await eventVolunteers(ctx.deps, ctx, {
    eventId: routeParam(c, 'id'),
  });
  return c.html(
    <VolunteersPage
      ctx={ctx}
      event={event}
      volunteers={volunteers}
      email={r.email ?? ''}
      notice={r.notice}
      errors={r.errors}
    />,
    r.status ?? 200,
  );
}

export function registerVolunteerRoutes(router: Router) {
  const path = volunteersPath({ id: ':id' });
  router.page('GET', path, MANAGE, (c) => showVolunteers(c));
  router.page('POST', path, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const { t } = ctx;
    const email = formString(await readBody(c), 'email');
    const outcome = await grantVolunteer(ctx.deps, ctx, { eventId: routeParam(c, 'id'), email });
    if (outcome.ok) {
      const text = t('events.door.volunteers.granted', { name: outcome.name });
      return showVolunteers(c, { notice: { kind: 'success', text } });
    }
    if (outcome.reason === 'ALREADY') {
      const text = t('events.door.volunteers.already');
      return showVolunteers(c, { status: 409, notice: { kind: 'error', text } });
    }
    const errors = { email: { key: 'events.door.volunteers.noAccount' as const } };
    return showVolunteers(c, { email, errors, status: 422 });
  });
  router.page('POST', `${path}/revoke`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const accountId = formString(await readBody(c), 'accountId');
    const outcome = await revokeVolunteer(ctx.deps, ctx, {
      eventId: routeParam(c, 'id'),
      accountId,
    });
    // Revoked twice (two tabs): the second finds nobody, which is what both wanted.
    const text = outcome.ok
      ? ctx.t('events.door.volunteers.revoked', { name: outcome.name })
      : ctx.t('events.door.volunteers.empty');
    return showVolunteers(c, { notice: { kind: outcome.ok ? 'success' : 'error', text } });
  });
}
