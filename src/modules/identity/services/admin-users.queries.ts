import type { AuditContext } from '../../../platform/audit';
import { can, PLATFORM_ROLES, type Role } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { pageWindow, type Paged, type SortDirection } from '../../../platform/input/paging';
import { findAccountLock } from '../db/account-locks.repository';
import {
  findUsers,
  getUserById,
  rolesOf,
  rolesOfUsers,
  type UserOrder,
} from '../db/users.repository';

/** Roles an administrator grants; "member" belongs to every account and is never stored. */
export const ASSIGNABLE_ROLES = PLATFORM_ROLES.filter((r) => r !== 'member') as Exclude<
  Role,
  'member'
>[];
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export const isAssignableRole = (value: string): value is AssignableRole =>
  (ASSIGNABLE_ROLES as string[]).includes(value);

type UserRow = NonNullable<Awaited<ReturnType<typeof getUserById>>>;
export type AdminUserView = UserRow & { roles: Role[] };
/** One account as its page shows it: with when it was locked, if it is. */
export type AdminUserDetail = AdminUserView & { lockedAt: Date | null };

/** Roles in the order of PLATFORM_ROLES, so lists and audit entries read the same way. */
export const sortRoles = (roles: Iterable<Role>): Role[] => {
  const set = new Set(roles);
  return PLATFORM_ROLES.filter((r) => set.has(r));
};

/** The columns the admin list sorts by. */
export const USER_SORTS = ['name', 'email', 'created'] as const satisfies readonly UserOrder[];

/** Accounts are for those who manage them; to anyone else the pages do not exist. */
function requireUserManager(acting: AuditContext) {
  if (!can(acting.actor, 'identity.user:manage')) throw new AppError('NOT_FOUND');
}

/** The admin list: searched by name or e-mail, one page, each account with its roles. */
export async function findUsersForAdmin(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  params: { q?: string; page: number; sort?: UserOrder; dir?: SortDirection },
): Promise<Paged<AdminUserView>> {
  requireUserManager(acting);
  const { db } = deps.database;
  const { rows, total } = await findUsers(db, {
    q: params.q,
    ...pageWindow(params.page),
    order: params.sort && { by: params.sort, direction: params.dir ?? 'asc' },
  });
  const roles = await rolesOfUsers(
    db,
    rows.map((u) => u.id),
  );
  const withRoles = rows.map((user) => ({ ...user, roles: sortRoles(roles.get(user.id) ?? []) }));
  return { rows: withRoles, total, page: params.page };
}

/** One account with its roles and lock; NOT_FOUND when there is none. */
export async function getUserForAdmin(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { userId: string },
): Promise<AdminUserDetail> {
  requireUserManager(acting);
  const { db } = deps.database;
  const user = await getUserById(db, input.userId);
  if (!user) throw new AppError('NOT_FOUND');
  const lock = await findAccountLock(db, input.userId);
  return {
    ...user,
    roles: sortRoles(await rolesOf(db, input.userId)),
    lockedAt: lock?.lockedAt ?? null,
  };
}
