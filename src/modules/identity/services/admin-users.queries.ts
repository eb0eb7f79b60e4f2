import { PLATFORM_ROLES, type Role } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { pageWindow, type Paged, type SortDirection } from '../../../platform/input/paging';
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

/** Roles in the order of PLATFORM_ROLES, so lists and audit entries read the same way. */
export const sortRoles = (roles: Iterable<Role>): Role[] => {
  const set = new Set(roles);
  return PLATFORM_ROLES.filter((r) => set.has(r));
};

/** The columns the admin list sorts by. */
export const USER_SORTS = ['name', 'email', 'created'] as const satisfies readonly UserOrder[];

/** The admin list: searched by name or e-mail, one page, each account with its roles. */
export async function findUsersForAdmin(
  db: Db,
  params: { q?: string; page: number; sort?: UserOrder; dir?: SortDirection },
): Promise<Paged<AdminUserView>> {
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

/** One account with its roles, or undefined. */
export async function getUserForAdmin(db: Db, id: string): Promise<AdminUserView | undefined> {
  const user = await getUserById(db, id);
  if (!user) return undefined;
  return { ...user, roles: sortRoles(await rolesOf(db, id)) };
}
