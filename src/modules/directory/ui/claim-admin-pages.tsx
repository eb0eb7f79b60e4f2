import { BackofficePage, EmptyList } from '../../../platform/backoffice/components';
import type { Paged } from '../../../platform/input/paging';
import type { RequestContext } from '../../../platform/http/context';
import type { PageNotice } from '../../../platform/ui/notice';
import { ListPager } from '../../../platform/ui/pager';
import { formatDateTime } from '../../../platform/i18n';
import type { ClaimForStaff } from '../services/claim-queries';
import { CURATION_PATH, CurationNav } from './curation-page';
import { LongTextField } from '../../../platform/ui/text-controls';

const claimPath = (id: string) => `${CURATION_PATH}/claims/${id}`;

function Claimant({ claim }: { claim: ClaimForStaff }) {
  return claim.claimant ? (
    <>
      {claim.claimant.name} &lt;{claim.claimant.email}&gt;
    </>
  ) : (
    <>—</>
  );
}

export function ClaimsListPage(props: {
  ctx: RequestContext;
  path: string;
  result: Paged<ClaimForStaff>;
  notice?: PageNotice;
}) {
  const { ctx, path, result, notice } = props;
  const { t, locale } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('directory.claims.title')}
      lead={t('directory.claims.lead')}
      notice={notice}
    >
      <CurationNav ctx={ctx} path={path} />
      {result.rows.length === 0 ? (
        <EmptyList ctx={ctx} filtered={false} empty="directory.claims.empty" />
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('directory.claims.col.organization')}</th>
                <th scope="col">{t('directory.claims.col.claimant')}</th>
                <th scope="col">{t('directory.claims.col.account')}</th>
                <th scope="col">{t('directory.claims.col.date')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) => (
                <tr>
                  <td>
                    <a href={`/directory/organizations/${row.organization.slug}`}>
                      {row.organization.legalName}
                    </a>
                  </td>
                  <td>
                    <Claimant claim={row} />
                  </td>
                  <td>{row.account?.name ?? '—'}</td>
                  <td>{formatDateTime(row.claim.createdAt, locale)}</td>
                  <td>
                    <a
                      href={claimPath(row.claim.id)}
                      aria-label={t('directory.claims.reviewOf', {
                        name: row.organization.legalName,
                      })}
                    >
                      {t('directory.claims.review')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ListPager
        t={t}
        locale={locale}
        result={result}
        path={`${CURATION_PATH}/claims`}
        filters={{}}
      />
    </BackofficePage>
  );
}

export function ClaimDetailPage(props: {
  ctx: RequestContext;
  claim: ClaimForStaff;
  notice?: PageNotice;
  note?: string;
}) {
  const { ctx, claim, notice, note } = props;
  const { t, locale } = ctx;
  const path = claimPath(claim.claim.id);
  const isPending = claim.claim.status === 'pending';
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('directory.claims.detailTitle', { name: claim.organization.legalName })}
      notice={notice}
    >
      <CurationNav ctx={ctx} path={path} />
      <dl class="facts">
        <dt>{t('directory.claims.col.organization')}</dt>
        <dd>
          <a href={`/directory/organizations/${claim.organization.slug}`}>
            {claim.organization.legalName}
          </a>
        </dd>
        <dt>{t('directory.claims.col.claimant')}</dt>
        <dd>
          <Claimant claim={claim} />
        </dd>
        <dt>{t('directory.claims.col.account')}</dt>
        <dd>{claim.account?.name ?? '—'}</dd>
        <dt>{t('directory.claims.col.date')}</dt>
        <dd>{formatDateTime(claim.claim.createdAt, locale)}</dd>
        <dt>{t('directory.claims.col.status')}</dt>
        <dd>{t(`directory.claims.status.${claim.claim.status as 'pending'}`)}</dd>
        <dt>{t('directory.claim.message')}</dt>
        <dd class="prose">{claim.claim.message ?? '—'}</dd>
      </dl>
      {claim.organization.managedBy && isPending && (
        <p class="alert">{t('directory.claims.alreadyManaged')}</p>
      )}
      {isPending && (
        <form method="post" action={`${path}/decide`} novalidate>
          <LongTextField
            t={t}
            name="note"
            label={t('directory.claims.note')}
            hint={t('directory.claims.note.hint')}
            value={note ?? ''}
            maxlength={1000}
          />
          <p class="row">
            <button type="submit" name="decision" value="approve">
              {t('directory.claims.approve')}
            </button>
            <button type="submit" name="decision" value="reject" class="danger">
              {t('directory.claims.reject')}
            </button>
          </p>
        </form>
      )}
    </BackofficePage>
  );
}
