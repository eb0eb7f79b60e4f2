import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import type { FieldErrors } from '../../platform/errors';
import type { FormValues } from '../../platform/input/form-values';
import { routeParam } from '../../platform/http/form-reader';
import { parseForm } from '../../platform/http/forms';
import type { Router } from '../../platform/http/router';
import { respondToInvitation } from './services/invitation-response';
import { createOrganization, ZOrganizationForm } from './services/organization-create';
import {
  cancelInvitation,
  changeMemberRole,
  inviteMember,
  removeMember,
  requireManager,
  ZInviteForm,
  ZRoleForm,
  type MembershipRefusal,
} from './services/organization-membership';
import {
  getInvitationForRecipient,
  getOrganizationForMember,
  listMyOrganizations,
} from './services/organization-queries';
import type { PageNotice } from '../../platform/ui/notice';
import { sessionActing } from './session-cookies';
import { doneNotice } from './ui/account-notices';
import { InvitationPage } from './ui/invitation-pages';
import { OrganizationPage, OrganizationsPage } from './ui/organization-pages';

type C = Context<AppEnv>;

const orgPath = (id: string) => `/account/organizations/${encodeURIComponent(id)}`;

async function organizationPage(
  c: C,
  status: 200 | 403 | 409 | 422,
  extra: { errors?: FieldErrors; values?: FormValues; notice?: PageNotice } = {},
) {
  const ctx = c.get('ctx');
  const org = await getOrganizationForMember(ctx.deps, ctx, {
    organizationId: routeParam(c, 'id'),
  });
  return c.html(<OrganizationPage ctx={ctx} org={org} {...extra} />, status);
}

/** A refused change to the membership: the page again, saying why. */
function refused(c: C, reason: MembershipRefusal) {
  const { t } = c.get('ctx');
  const text = t(
    reason === 'LAST_OWNER' ? 'identity.org.error.lastOwner' : 'identity.org.error.notAllowed',
  );
  return organizationPage(c, reason === 'LAST_OWNER' ? 409 : 403, {
    notice: { kind: 'error', text },
  });
}

function registerOrganizationListRoutes(router: Router) {
  router.page('GET', '/account/organizations', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const notice = doneNotice(ctx.t, c.req.query('done'), {
      declined: 'identity.invitation.declined',
    });
    const data = await listMyOrganizations(ctx.deps, ctx);
    return c.html(<OrganizationsPage ctx={ctx} data={data} notice={notice} />);
  });
  router.page(
    'POST',
    '/account/organizations',
    policies.capability('identity.organization:create'),
    async (c) => {
      const ctx = c.get('ctx');
      const form = await parseForm(c, ZOrganizationForm);
      if (!form.ok) {
        const data = await listMyOrganizations(ctx.deps, ctx);
        return c.html(
          <OrganizationsPage ctx={ctx} data={data} errors={form.errors} values={form.values} />,
          422,
        );
      }
      const created = await createOrganization(ctx.deps, ctx, form.data);
      return c.redirect(`${orgPath(created.id)}?done=created`, 303);
    },
  );
}

function registerOrganizationRoutes(router: Router) {
  router.page('GET', '/account/organizations/:id', policies.session, (c) => {
    const notice = doneNotice(c.get('ctx').t, c.req.query('done'), {
      created: 'identity.org.created',
      invited: 'identity.org.invited',
      roleChanged: 'identity.org.roleChanged',
      removed: 'identity.org.removed',
      canceled: 'identity.org.canceled',
      joined: 'identity.invitation.joined',
    });
    return organizationPage(c, 200, { notice });
  });
  router.page('POST', '/account/organizations/:id/invitations', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    await requireManager(ctx.deps, ctx, { organizationId: id });
    const form = await parseForm(c, ZInviteForm);
    const result = form.ok
      ? await inviteMember(ctx.deps, sessionActing(c), { ...form.data, organizationId: id })
      : { ok: false as const, fields: form.errors };
    if (!result.ok) return organizationPage(c, 422, { errors: result.fields, values: form.values });
    return c.redirect(`${orgPath(id)}?done=invited`, 303);
  });
  router.page(
    'POST',
    '/account/organizations/:id/invitations/:invitationId/cancel',
    policies.session,
    async (c) => {
      const id = routeParam(c, 'id');
      const ctx = c.get('ctx');
      const result = await cancelInvitation(ctx.deps, sessionActing(c), {
        organizationId: id,
        invitationId: routeParam(c, 'invitationId'),
      });
      if (!result.ok) return refused(c, result.reason);
      return c.redirect(`${orgPath(id)}?done=canceled`, 303);
    },
  );
  router.page(
    'POST',
    '/account/organizations/:id/members/:memberId/role',
    policies.session,
    async (c) => {
      const ctx = c.get('ctx');
      const id = routeParam(c, 'id');
      await requireManager(ctx.deps, ctx, { organizationId: id });
      const form = await parseForm(c, ZRoleForm);
      if (!form.ok) return organizationPage(c, 422, { errors: form.errors });
      const result = await changeMemberRole(ctx.deps, sessionActing(c), {
        organizationId: id,
        memberId: routeParam(c, 'memberId'),
        role: form.data.role,
      });
      if (!result.ok) return refused(c, result.reason);
      return c.redirect(`${orgPath(id)}?done=roleChanged`, 303);
    },
  );
  router.page(
    'POST',
    '/account/organizations/:id/members/:memberId/remove',
    policies.session,
    async (c) => {
      const ctx = c.get('ctx');
      const id = routeParam(c, 'id');
      const result = await removeMember(ctx.deps, sessionActing(c), {
        organizationId: id,
        memberId: routeParam(c, 'memberId'),
      });
      if (!result.ok) return refused(c, result.reason);
      return c.redirect(`${orgPath(id)}?done=removed`, 303);
    },
  );
}

function registerInvitationRoutes(router: Router) {
  router.page('GET', '/invitations/:id', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const invitation = await getInvitationForRecipient(ctx.deps, ctx, {
      invitationId: routeParam(c, 'id'),
    });
    return c.html(<InvitationPage ctx={ctx} invitation={invitation} />);
  });
  for (const answer of ['accept', 'decline'] as const) {
    router.page('POST', `/invitations/:id/${answer}`, policies.session, async (c) => {
      const ctx = c.get('ctx');
      const invitationId = routeParam(c, 'id');
      const result = await respondToInvitation(ctx.deps, sessionActing(c), {
        invitationId,
        answer,
      });
      if (!result.ok) {
        const invitation = await getInvitationForRecipient(ctx.deps, ctx, { invitationId });
        const notice = { kind: 'error' as const, text: ctx.t('identity.invitation.closed') };
        return c.html(<InvitationPage ctx={ctx} invitation={invitation} notice={notice} />, 409);
      }
      return answer === 'accept'
        ? c.redirect(`${orgPath(result.organizationId)}?done=joined`, 303)
        : c.redirect('/account/organizations?done=declined', 303);
    });
  }
}

export function registerOrganizationsRoutes(router: Router) {
  registerOrganizationListRoutes(router);
  registerOrganizationRoutes(router);
  registerInvitationRoutes(router);
}
