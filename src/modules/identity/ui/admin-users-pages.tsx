import { can, type Role } from '../../../platform/authz';
import { BackofficePage, EmptyList } from '../../../platform/backoffice/components';
import { queryHref } from '../../../platform/http/page-links';
import { type Paged, type SortDirection } from '../../../platform/input/paging';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import {
  formatDate,
  formatDateTime,
  type MessageKey,
  type Translate,
} from '../../../platform/i18n';
import { CheckboxGroup } from '../../../platform/ui/choice-controls';
import { DataTable, type Column } from '../../../platform/ui/data-table';
import { FilterForm } from '../../../platform/ui/filter-form';
import { ListPager } from '../../../platform/ui/pager';
import { TextField } from '../../../platform/ui/text-controls';
import {
  ASSIGNABLE_ROLES,
  type AdminUserDetail,
  type AdminUserView,
  type USER_SORTS,
} from '../services/admin-users.queries';
import type { PageNotice } from '../../../platform/ui/notice';

const roleLabel = (t: Translate, role: Role) => t(`identity.admin.role.${role}` as MessageKey);
const roleHint = (t: Translate, role: Role) => t(`identity.admin.role.${role}.desc` as MessageKey);

/** "Member" first, since every account is one, then the granted roles. */
const rolesText = (t: Translate, roles: Role[]) =>
  ['member' as const, ...roles.filter((r) => r !== 'member')]
    .map((r) => roleLabel(t, r))
    .join(', ');

const userColumns = (ctx: RequestContext): Column<AdminUserView>[] => {
  const { t } = ctx;
  return [
    {
      key: 'name',
      label: t('identity.field.name'),
      isSortable: true,
      cell: (u) => <a href={`/admin/users/${encodeURIComponent(u.id)}`}>{u.name}</a>,
    },
    { key: 'email', label: t('identity.field.email'), isSortable: true, cell: (u) => u.email },
    {
      key: 'verified',
      label: t('identity.admin.col.verified'),
      cell: (u) =>
        u.emailVerified ? (
          <span class="badge ok">{t('common.yes')}</span>
        ) : (
          <span class="badge">{t('common.no')}</span>
        ),
    },
    { key: 'roles', label: t('identity.admin.col.roles'), cell: (u) => rolesText(t, u.roles) },
    {
      key: 'created',
      label: t('identity.admin.col.created'),
      isSortable: true,
      firstDirection: 'desc',
      cell: (u) => formatDate(u.createdAt, ctx.locale),
    },
  ];
};

export function UsersListPage(props: {
  ctx: RequestContext;
  path: string;
  q?: string;
  /** The list's order (`?sort=&dir=`). */
  order?: { sort: (typeof USER_SORTS)[number]; dir: SortDirection };
  errors?: FieldErrors;
  result?: Paged<AdminUserView>;
}) {
  const { ctx, path, q, errors, result } = props;
  const order = props.order ?? { sort: 'email', dir: 'asc' };
  const { t } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('identity.admin.users.title')}
      lead={t('identity.admin.users.lead')}
      errors={errors}
    >
      <FilterForm
        t={t}
        action="/admin/users"
        isFiltered={Boolean(q)}
        submitLabel={t('common.search')}
      >
        <TextField
          t={t}
          name="q"
          type="search"
          label={t('identity.admin.users.search')}
          value={q}
          errors={errors}
          autocomplete="off"
        />
      </FilterForm>
      {result &&
        (result.rows.length === 0 ? (
          <EmptyList ctx={ctx} filtered={Boolean(q)} empty="identity.admin.users.empty" />
        ) : (
          <DataTable
            columns={userColumns(ctx)}
            rows={result.rows}
            sort={{
              by: order.sort,
              direction: order.dir,
              href: (sort, dir) => queryHref('/admin/users', { q, sort, dir }),
            }}
          />
        ))}
      {result && (
        <ListPager
          t={t}
          locale={ctx.locale}
          result={result}
          path="/admin/users"
          filters={{ q, ...order }}
        />
      )}
    </BackofficePage>
  );
}

export function UserDetailPage(props: {
  ctx: RequestContext;
  user: AdminUserDetail;
  notice?: PageNotice;
}) {
  const { ctx, user, notice } = props;
  const { t } = ctx;
  const isSelf = ctx.actor.kind === 'user' && ctx.actor.user.id === user.id;
  const id = encodeURIComponent(user.id);
  return (
    <BackofficePage ctx={ctx} path={`/admin/users/${id}`} title={user.name} notice={notice}>
      <p>
        <a href="/admin/users">{t('identity.admin.user.back')}</a>
      </p>
      <section aria-labelledby="details">
        <h2 id="details">{t('identity.admin.user.details')}</h2>
        <dl>
          <dt>{t('identity.field.email')}</dt>
          <dd>{user.email}</dd>
          <dt>{t('identity.admin.col.verified')}</dt>
          <dd>{t(user.emailVerified ? 'common.yes' : 'common.no')}</dd>
          <dt>{t('identity.admin.user.twoFactor')}</dt>
          <dd>{t(user.twoFactorEnabled ? 'common.yes' : 'common.no')}</dd>
          <dt>{t('identity.admin.user.locale')}</dt>
          <dd>{t(user.locale === 'en' ? 'shell.switchToEnglish' : 'shell.switchToVietnamese')}</dd>
          <dt>{t('identity.admin.col.created')}</dt>
          <dd>{formatDateTime(user.createdAt, ctx.locale)}</dd>
        </dl>
        {can(ctx.actor, 'audit.log:read') && (
          <p>
            <a href={`/admin/audit?entityType=user&entityId=${id}`}>
              {t('identity.admin.user.audit')}
            </a>
          </p>
        )}
      </section>
      {user.lockedAt && (
        <section aria-labelledby="lock">
          <h2 id="lock">{t('identity.admin.user.unlock')}</h2>
          <p>
            {t('identity.admin.user.locked', { when: formatDateTime(user.lockedAt, ctx.locale) })}
          </p>
          <form method="post" action={`/admin/users/${id}/unlock`}>
            <button type="submit">{t('identity.admin.user.unlock')}</button>
          </form>
        </section>
      )}
      <section aria-labelledby="roles">
        <h2 id="roles">{t('identity.admin.user.roles')}</h2>
        <form method="post" action={`/admin/users/${id}/roles`}>
          <CheckboxGroup
            t={t}
            name="roles"
            id="user-roles"
            legend={t('identity.admin.col.roles')}
            hint={t('identity.admin.user.rolesHint')}
            values={user.roles}
            options={ASSIGNABLE_ROLES.map((role) => ({
              value: role,
              label: roleLabel(t, role),
              hint:
                isSelf && role === 'admin'
                  ? `${roleHint(t, role)} ${t('identity.admin.user.ownAdmin')}`
                  : roleHint(t, role),
            }))}
          />
          <button type="submit">{t('identity.admin.user.saveRoles')}</button>
        </form>
      </section>
    </BackofficePage>
  );
}
