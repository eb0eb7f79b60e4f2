import { can, type Role } from '../../../platform/authz';
import { BackofficePage, EmptyList, Pager } from '../../../platform/backoffice/components';
import type { Paged } from '../../../platform/backoffice/paging';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/http/errors';
import {
  formatDate,
  formatDateTime,
  type MessageKey,
  type Translate,
} from '../../../platform/i18n';
import { Field } from '../../../platform/ui/components';
import { ASSIGNABLE_ROLES, type AdminUserView } from '../services/admin-users.queries';

const roleLabel = (t: Translate, role: Role) => t(`identity.admin.role.${role}` as MessageKey);
const roleHint = (t: Translate, role: Role) => t(`identity.admin.role.${role}.desc` as MessageKey);

/** "Member" first, since every account is one, then the granted roles. */
const rolesText = (t: Translate, roles: Role[]) =>
  ['member' as const, ...roles.filter((r) => r !== 'member')]
    .map((r) => roleLabel(t, r))
    .join(', ');

export function UsersListPage(props: {
  ctx: RequestContext;
  path: string;
  q?: string;
  errors?: FieldErrors;
  result?: Paged<AdminUserView>;
}) {
  const { ctx, path, q, errors, result } = props;
  const { t } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('identity.admin.users.title')}
      lead={t('identity.admin.users.lead')}
      errors={errors}
    >
      <form method="get" action="/admin/users" role="search">
        <Field
          t={t}
          name="q"
          type="search"
          label={t('identity.admin.users.search')}
          value={q}
          errors={errors}
          autocomplete="off"
        />
        <p class="row">
          <button type="submit">{t('common.search')}</button>
          {q && <a href="/admin/users">{t('backoffice.filters.clear')}</a>}
        </p>
      </form>
      {result &&
        (result.rows.length === 0 ? (
          <EmptyList ctx={ctx} filtered={Boolean(q)} empty="identity.admin.users.empty" />
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('identity.field.name')}</th>
                  <th scope="col">{t('identity.field.email')}</th>
                  <th scope="col">{t('identity.admin.col.verified')}</th>
                  <th scope="col">{t('identity.admin.col.roles')}</th>
                  <th scope="col">{t('identity.admin.col.created')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((u) => (
                  <tr>
                    <td>
                      <a href={`/admin/users/${encodeURIComponent(u.id)}`}>{u.name}</a>
                    </td>
                    <td>{u.email}</td>
                    <td>
                      {u.emailVerified ? (
                        <span class="badge ok">{t('common.yes')}</span>
                      ) : (
                        <span class="badge">{t('common.no')}</span>
                      )}
                    </td>
                    <td>{rolesText(t, u.roles)}</td>
                    <td>{formatDate(u.createdAt, ctx.locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {result && (
        <Pager
          ctx={ctx}
          path="/admin/users"
          filters={{ q }}
          page={result.page}
          total={result.total}
        />
      )}
    </BackofficePage>
  );
}

export function UserDetailPage(props: {
  ctx: RequestContext;
  user: AdminUserView;
  notice?: { kind: 'success' | 'error' | 'info'; text: string };
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
      <section aria-labelledby="roles">
        <h2 id="roles">{t('identity.admin.user.roles')}</h2>
        <form method="post" action={`/admin/users/${id}/roles`}>
          <fieldset>
            <legend>{t('identity.admin.col.roles')}</legend>
            <p class="hint">{t('identity.admin.user.rolesHint')}</p>
            {ASSIGNABLE_ROLES.map((role) => (
              <div class="field">
                <label>
                  <input
                    type="checkbox"
                    name="roles"
                    value={role}
                    checked={user.roles.includes(role)}
                    aria-describedby={`role-${role}-hint`}
                  />{' '}
                  {roleLabel(t, role)}
                </label>
                <p class="hint" id={`role-${role}-hint`}>
                  {roleHint(t, role)}
                  {isSelf && role === 'admin' && <> {t('identity.admin.user.ownAdmin')}</>}
                </p>
              </div>
            ))}
          </fieldset>
          <button type="submit">{t('identity.admin.user.saveRoles')}</button>
        </form>
      </section>
    </BackofficePage>
  );
}
