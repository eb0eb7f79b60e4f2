import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import { AppError } from '../../platform/errors';
import { formStrings } from '../../platform/input/form-values';
import { readBody, routeParam } from '../../platform/http/form-reader';
import { parseQuery } from '../../platform/input/validation';
import { sortQuery, ZPage } from '../../platform/input/paging';
import type { Router } from '../../platform/http/router';
import { setUserRoles } from './services/admin-set-roles';
import {
  findUsersForAdmin,
  getUserForAdmin,
  isAssignableRole,
  USER_SORTS,
  type AssignableRole,
} from './services/admin-users.queries';
import { UserDetailPage, UsersListPage } from './ui/admin-users-pages';

const ZUsersQuery = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((s) => s || undefined),
  page: ZPage,
  ...sortQuery(USER_SORTS, 'email'),
});

/** Checked boxes arrive as one value, several, or none at all. */
async function submittedRoles(c: AppContext): Promise<AssignableRole[] | undefined> {
  const body = await readBody(c);
  const values = formStrings(body, 'roles');
  return values.every(isAssignableRole) ? values : undefined;
}

export function registerAdminUsersRoutes(router: Router) {
  router.page('GET', '/admin/users', policies.backOffice('identity.user:manage'), async (c) => {
    const ctx = c.get('ctx');
    const path = c.req.path + new URL(c.req.url).search;
    const q = c.req.query('q');
    const parsed = parseQuery(ZUsersQuery, c.req.query());
    if (!parsed.ok) {
      return c.html(<UsersListPage ctx={ctx} path={path} q={q} errors={parsed.errors} />, 422);
    }
    const result = await findUsersForAdmin(ctx.deps, ctx, parsed.data);
    const { q: found, sort, dir } = parsed.data;
    return c.html(
      <UsersListPage ctx={ctx} path={path} q={found} order={{ sort, dir }} result={result} />,
    );
  });

  router.page('GET', '/admin/users/:id', policies.backOffice('identity.user:manage'), async (c) => {
    const ctx = c.get('ctx');
    const user = await getUserForAdmin(ctx.deps, ctx, { userId: routeParam(c, 'id') });
    const saved = c.req.query('saved');
    const notice =
      saved === '1'
        ? { kind: 'success' as const, text: ctx.t('identity.admin.user.saved') }
        : saved === '0'
          ? { kind: 'info' as const, text: ctx.t('identity.admin.user.unchanged') }
          : saved === 'unlocked'
            ? { kind: 'success' as const, text: ctx.t('identity.admin.user.unlocked') }
            : undefined;
    return c.html(<UserDetailPage ctx={ctx} user={user} notice={notice} />);
  });

  router.page(
    'POST',
    '/admin/users/:id/roles',
    policies.backOffice('identity.role:grant'),
    async (c) => {
      const ctx = c.get('ctx');
      const userId = routeParam(c, 'id');
      const roles = await submittedRoles(c);
      const refuse = async (text: string) => {
        const user = await getUserForAdmin(ctx.deps, ctx, { userId });
        return c.html(
          <UserDetailPage ctx={ctx} user={user} notice={{ kind: 'error', text }} />,
          422,
        );
      };
      if (!roles) return refuse(ctx.t('validation.choice'));
      const result = await setUserRoles(ctx.deps, ctx, { userId, roles });
      if (!result.ok) {
        if (result.reason === 'NOT_FOUND') throw new AppError('NOT_FOUND');
        return refuse(ctx.t('identity.admin.user.selfDemotion'));
      }
      return c.redirect(
        `/admin/users/${encodeURIComponent(userId)}?saved=${result.changed ? 1 : 0}`,
        303,
      );
    },
  );
}
