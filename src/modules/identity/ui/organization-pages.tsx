import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { FormValues } from '../../../platform/input/form-values';
import { formatDate } from '../../../platform/i18n';
import { TextField } from '../../../platform/ui/text-controls';
import {
  assignableRoles,
  type getOrganizationForMember,
  type listMyOrganizations,
} from '../services/organization-queries';
import { ActionButton } from '../../../platform/ui/action-button';
import { AccountPage } from './account-components';
import { SelectField } from '../../../platform/ui/choice-controls';
import type { PageNotice } from '../../../platform/ui/notice';
import { labelOf } from './account-pages';

type MyOrganizations = Awaited<ReturnType<typeof listMyOrganizations>>;
type Organization = Awaited<ReturnType<typeof getOrganizationForMember>>;

export const roleLabel = (t: RequestContext['t'], role: string) =>
  labelOf(t, 'identity.org.role', role);

export function OrganizationsPage(props: {
  ctx: RequestContext;
  data: MyOrganizations;
  errors?: FieldErrors;
  values?: FormValues;
  notice?: PageNotice;
}) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  return (
    <AccountPage
      ctx={ctx}
      path="/account/organizations"
      title={t('identity.org.title')}
      lead={t('identity.org.lead')}
      back={{ href: '/account', label: t('identity.account.title') }}
      notice={props.notice}
      errors={props.errors}
    >
      {data.invitations.length > 0 && (
        <section aria-labelledby="for-you-title">
          <h2 id="for-you-title">{t('identity.org.invitationsForYou')}</h2>
          <ul>
            {data.invitations.map((i) => (
              <li>
                <a href={`/invitations/${encodeURIComponent(i.id)}`}>
                  {t('identity.org.invitationFor', {
                    organization: i.organizationName,
                    role: roleLabel(t, i.role),
                    date: formatDate(i.expiresAt, locale),
                  })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="mine-title">
        <h2 id="mine-title">{t('identity.org.mine')}</h2>
        {data.organizations.length === 0 ? (
          <p>{t('identity.org.none')}</p>
        ) : (
          <ul class="cards">
            {data.organizations.map((o) => (
              <li class="card">
                <h3>
                  <a href={`/account/organizations/${encodeURIComponent(o.id)}`}>{o.name}</a>
                </h3>
                <p>
                  <span class="badge">{roleLabel(t, o.role)}</span> <code>{o.slug}</code>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="create-title" class="narrow">
        <h2 id="create-title">{t('identity.org.create')}</h2>
        <form method="post" action="/account/organizations" novalidate>
          <TextField
            t={t}
            name="name"
            label={t('identity.org.field.name')}
            hint={t('identity.org.field.nameHint')}
            value={props.values?.name}
            errors={props.errors}
            autocomplete="organization"
            required
          />
          <button type="submit">{t('identity.org.createButton')}</button>
        </form>
      </section>
    </AccountPage>
  );
}

function MemberCard(props: {
  ctx: RequestContext;
  org: Organization;
  member: Organization['members'][number];
}) {
  const { ctx, org, member } = props;
  const { t } = ctx;
  const base = `/account/organizations/${encodeURIComponent(org.organization.id)}/members/${encodeURIComponent(member.id)}`;
  const roles = assignableRoles(org.role);
  const mayChange = org.isManager && (member.role !== 'owner' || org.role === 'owner');
  return (
    <li class="card">
      <h3>{member.name}</h3>
      <p>
        {member.email} <span class="badge">{roleLabel(t, member.role)}</span>
        {member.id === org.memberId && <> {t('identity.org.you')}</>}
      </p>
      {mayChange && (
        <div class="row">
          <form method="post" action={`${base}/role`} class="row">
            <SelectField
              t={t}
              name="role"
              id={`role-${member.id}`}
              label={t('identity.org.roleOf', { name: member.name })}
              value={member.role}
              options={roles.map((r) => ({ value: r, label: roleLabel(t, r) }))}
            />
            <div class="field">
              <button type="submit" class="secondary">
                {t('identity.org.changeRole')}
              </button>
            </div>
          </form>
          <div class="field">
            <ActionButton
              action={`${base}/remove`}
              label={t('identity.org.remove')}
              ariaLabel={t('identity.org.removeNamed', { name: member.name })}
              kind="danger"
            />
          </div>
        </div>
      )}
    </li>
  );
}

export function OrganizationPage(props: {
  ctx: RequestContext;
  org: Organization;
  errors?: FieldErrors;
  values?: FormValues;
  notice?: PageNotice;
}) {
  const { ctx, org } = props;
  const { t, locale } = ctx;
  const id = encodeURIComponent(org.organization.id);
  const path = `/account/organizations/${id}`;
  const roles = assignableRoles(org.role);
  return (
    <AccountPage
      ctx={ctx}
      path={path}
      title={org.organization.name}
      lead={t('identity.org.yourRole', { role: roleLabel(t, org.role) })}
      back={{ href: '/account/organizations', label: t('identity.org.title') }}
      notice={props.notice}
      errors={props.errors}
    >
      <section aria-labelledby="members-title">
        <h2 id="members-title">
          {t('identity.org.members')} ({org.members.length})
        </h2>
        <ul class="cards">
          {org.members.map((m) => (
            <MemberCard ctx={ctx} org={org} member={m} />
          ))}
        </ul>
      </section>
      {org.isManager && (
        <section aria-labelledby="pending-title">
          <h2 id="pending-title">{t('identity.org.pending')}</h2>
          {org.invitations.length === 0 ? (
            <p>{t('identity.org.pendingNone')}</p>
          ) : (
            <ul class="cards">
              {org.invitations.map((i) => (
                <li class="card">
                  <h3>{i.email}</h3>
                  <p>
                    <span class="badge">{roleLabel(t, i.role)}</span>{' '}
                    {t('identity.org.expires', { date: formatDate(i.expiresAt, locale) })}
                  </p>
                  <ActionButton
                    action={`${path}/invitations/${encodeURIComponent(i.id)}/cancel`}
                    label={t('identity.org.cancelInvitation')}
                    ariaLabel={t('identity.org.cancelInvitationNamed', { email: i.email })}
                    kind="secondary"
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {org.isManager && (
        <section aria-labelledby="invite-title" class="narrow">
          <h2 id="invite-title">{t('identity.org.invite')}</h2>
          <p class="muted">{t('identity.org.inviteLead')}</p>
          <form method="post" action={`${path}/invitations`} novalidate>
            <TextField
              t={t}
              name="email"
              type="email"
              label={t('identity.field.email')}
              value={props.values?.email}
              errors={props.errors}
              autocomplete="off"
              required
            />
            <SelectField
              t={t}
              name="role"
              label={t('identity.org.field.role')}
              value={props.values?.role ?? 'member'}
              errors={props.errors}
              options={roles.map((r) => ({ value: r, label: roleLabel(t, r) }))}
            />
            <button type="submit">{t('identity.org.inviteSend')}</button>
          </form>
        </section>
      )}
    </AccountPage>
  );
}
