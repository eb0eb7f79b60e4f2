import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { formatDateTime } from '../../../platform/i18n';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Notice } from '../../../platform/ui/notice';
import { Layout } from '../../../platform/ui/layout';
import type { AccountOrganization } from '../../identity';
import type { ClaimRow } from '../db/claims.repository';
import type { OrganizationRow } from '../db/organizations.repository';
import { NEW_ACCOUNT_ORGANIZATION } from '../services/managers';
import { SelectField } from '../../../platform/ui/choice-controls';
import { LongTextField } from '../../../platform/ui/text-controls';

export type ClaimPageState =
  | { kind: 'form'; values: { message: string; manager: string }; errors?: FieldErrors }
  | { kind: 'sent'; claim: ClaimRow }
  | { kind: 'pending'; claim: ClaimRow }
  | { kind: 'managed' };

export function ClaimPage({
  ctx,
  org,
  state,
  choices,
}: {
  ctx: RequestContext;
  org: OrganizationRow;
  state: ClaimPageState;
  choices: AccountOrganization[];
}) {
  const { t } = ctx;
  const name = org.shortName || org.legalName;
  const path = `/directory/organizations/${org.slug}/claim`;
  const title = t('directory.claim.title', { name });
  return (
    <Layout ctx={ctx} title={title} path={path}>
      <p>
        <a href={`/directory/organizations/${org.slug}`}>{name}</a>
      </p>
      <h1>{title}</h1>
      {state.kind === 'managed' && <Notice>{t('directory.claim.alreadyManaged')}</Notice>}
      {(state.kind === 'sent' || state.kind === 'pending') && (
        <Notice kind={state.kind === 'sent' ? 'success' : 'info'}>
          {t(state.kind === 'sent' ? 'directory.claim.sent' : 'directory.claim.pending', {
            date: formatDateTime(state.claim.createdAt, ctx.locale),
          })}
        </Notice>
      )}
      {state.kind === 'form' && (
        <>
          <ErrorSummary t={t} errors={state.errors} />
          <p>{t('directory.claim.lead', { name })}</p>
          <form method="post" action={path} novalidate>
            <LongTextField
              t={t}
              errors={state.errors}
              name="message"
              label={t('directory.claim.message')}
              hint={t('directory.claim.message.hint')}
              value={state.values.message}
              required
              maxlength={2000}
            />
            <SelectField
              t={t}
              errors={state.errors}
              name="manager"
              label={t('directory.claim.manager')}
              hint={t('directory.claim.manager.hint', { name })}
              value={state.values.manager}
              options={[
                ...choices.map((c) => ({ value: c.id, label: c.name })),
                { value: NEW_ACCOUNT_ORGANIZATION, label: t('directory.form.manager.new') },
              ]}
            />
            <p class="row">
              <button type="submit">{t('directory.claim.submit')}</button>
              <a href={`/directory/organizations/${org.slug}`}>{t('common.cancel')}</a>
            </p>
          </form>
        </>
      )}
    </Layout>
  );
}
