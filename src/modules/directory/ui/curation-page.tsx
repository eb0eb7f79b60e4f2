import { pageCount, type Paged } from '../../../platform/input/paging';
import { BackofficePage, EmptyList } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import { ActionButton } from '../../../platform/ui/action-button';
import type { PageNotice } from '../../../platform/ui/notice';
import { ListPager } from '../../../platform/ui/pager';
import { formatDateTime, formatNumber, type MessageKey } from '../../../platform/i18n';
import type { OrganizationRow } from '../db/organizations.repository';
import { kindLabel, provinceLabel } from './labels';

export const CURATION_PATH = '/admin/directory';

const SUBPAGES: { path: string; title: MessageKey }[] = [
  { path: CURATION_PATH, title: 'directory.curation.nav.overview' },
  { path: `${CURATION_PATH}/claims`, title: 'directory.curation.nav.claims' },
  { path: `${CURATION_PATH}/duplicates`, title: 'directory.curation.nav.duplicates' },
];

/** The directory's own back-office pages, under the back-office navigation. */
export function CurationNav({ ctx, path }: { ctx: RequestContext; path: string }) {
  const here = path.split('?')[0];
  return (
    <nav aria-label={ctx.t('directory.curation.nav.label')}>
      <p class="row">
        {SUBPAGES.map((p) => (
          <a href={p.path} aria-current={here === p.path ? 'page' : undefined}>
            {ctx.t(p.title)}
          </a>
        ))}
      </p>
    </nav>
  );
}

export const orgActionPath = (org: { id: string }, action: string) =>
  `${CURATION_PATH}/organizations/${org.id}/${action}`;

export function CurationOverviewPage(props: {
  ctx: RequestContext;
  path: string;
  pendingClaims: number;
  archived: Paged<OrganizationRow>;
  notice?: PageNotice;
}) {
  const { ctx, path, pendingClaims, archived, notice } = props;
  const { t, locale } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('directory.curation.title')}
      lead={t('directory.curation.lead')}
      notice={notice}
    >
      <CurationNav ctx={ctx} path={path} />
      <ul>
        <li>
          <a href={`${CURATION_PATH}/claims`}>
            {t('directory.curation.pendingClaims', { count: formatNumber(pendingClaims, locale) })}
          </a>
        </li>
        <li>
          <a href={`${CURATION_PATH}/duplicates`}>{t('directory.curation.findDuplicates')}</a>
        </li>
        <li>
          <a href="/directory/organizations/new">{t('directory.curation.createProfile')}</a>
        </li>
      </ul>
      <h2 id="archived">{t('directory.curation.archived')}</h2>
      <p class="muted">{t('directory.curation.archived.lead')}</p>
      {archived.rows.length === 0 ? (
        <EmptyList ctx={ctx} filtered={false} empty="directory.curation.archived.empty" />
      ) : (
        <div class="table-wrap">
          <table aria-labelledby="archived">
            <thead>
              <tr>
                <th scope="col">{t('directory.form.legalName')}</th>
                <th scope="col">{t('directory.filter.kind')}</th>
                <th scope="col">{t('directory.filter.province')}</th>
                <th scope="col">{t('directory.curation.archivedAt')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {archived.rows.map((org) => (
                <tr>
                  <td>{org.legalName}</td>
                  <td>{kindLabel(t, org.kind)}</td>
                  <td>{provinceLabel(org.provinceCode)}</td>
                  <td>{org.archivedAt ? formatDateTime(org.archivedAt, locale) : '—'}</td>
                  <td>
                    <ActionButton
                      action={orgActionPath(org, 'restore')}
                      label={t('directory.curation.restore')}
                      kind="secondary"
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageCount(archived.total) > 1 && (
        <ListPager t={t} locale={locale} result={archived} path={CURATION_PATH} filters={{}} />
      )}
    </BackofficePage>
  );
}
