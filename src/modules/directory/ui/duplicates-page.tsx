import { BackofficePage } from '../../../platform/backoffice/components';
import { pageHref } from '../../../platform/http/page-links';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { PageNotice } from '../../../platform/ui/notice';
import { Pager } from '../../../platform/ui/pager';
import { formatNumber } from '../../../platform/i18n';
import type { DuplicatePair } from '../db/curation.repository';
import type { OrganizationRow } from '../db/organizations.repository';
import type { DuplicatesPage } from '../services/duplicates.queries';
import { CURATION_PATH, CurationNav } from './curation-page';
import { kindLabel, provinceLabel } from './labels';
import { TextField } from '../../../platform/ui/text-controls';

export const DUPLICATES_PATH = `${CURATION_PATH}/duplicates`;
export const MERGE_PATH = `${CURATION_PATH}/merge`;
export const DISMISS_PATH = `${DUPLICATES_PATH}/dismiss`;

export const mergeHref = (a: { slug: string }, b: { slug: string }) =>
  `${MERGE_PATH}?${new URLSearchParams({ a: a.slug, b: b.slug }).toString()}`;

function Candidate({ ctx, org }: { ctx: RequestContext; org: OrganizationRow }) {
  const { t } = ctx;
  return (
    <>
      <a href={`/directory/organizations/${org.slug}`}>{org.legalName}</a>
      <br />
      <span class="muted">
        {[kindLabel(t, org.kind), provinceLabel(org.provinceCode), org.taxCode]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </>
  );
}

/** "Not a duplicate": the pair never comes back to the list (a plain form, no script). */
function DismissForm(props: { ctx: RequestContext; pair: DuplicatePair; page: number }) {
  const { ctx, pair, page } = props;
  const { t } = ctx;
  return (
    <form method="post" action={DISMISS_PATH}>
      <input type="hidden" name="a" value={pair.a.id} />
      <input type="hidden" name="b" value={pair.b.id} />
      <input type="hidden" name="page" value={String(page)} />
      <button
        type="submit"
        class="link"
        aria-label={t('directory.duplicates.dismissOf', {
          first: pair.a.legalName,
          second: pair.b.legalName,
        })}
      >
        {t('directory.duplicates.dismiss')}
      </button>
    </form>
  );
}

export function DuplicatesListPage(props: {
  ctx: RequestContext;
  path: string;
  result: DuplicatesPage;
  lookup: { a: string; b: string };
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, path, result, lookup, errors, notice } = props;
  const { t, locale } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('directory.duplicates.title')}
      lead={t('directory.duplicates.lead')}
      errors={errors}
      notice={notice}
    >
      <CurationNav ctx={ctx} path={path} />
      {result.pairs.length === 0 ? (
        <p class="muted">{t('directory.duplicates.empty')}</p>
      ) : (
        <>
          <p class="muted">{t('directory.duplicates.dismiss.hint')}</p>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('directory.duplicates.col.first')}</th>
                  <th scope="col">{t('directory.duplicates.col.second')}</th>
                  <th scope="col">{t('directory.duplicates.col.reason')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {result.pairs.map((p) => (
                  <tr>
                    <td>
                      <Candidate ctx={ctx} org={p.a} />
                    </td>
                    <td>
                      <Candidate ctx={ctx} org={p.b} />
                    </td>
                    <td>
                      {p.reason === 'same_name'
                        ? t('directory.duplicates.sameName')
                        : t('directory.duplicates.similarName', {
                            percent: formatNumber(Math.round(p.score * 100), locale),
                          })}
                    </td>
                    <td>
                      <a
                        href={mergeHref(p.a, p.b)}
                        aria-label={t('directory.duplicates.compareOf', {
                          first: p.a.legalName,
                          second: p.b.legalName,
                        })}
                      >
                        {t('directory.duplicates.compare')}
                      </a>
                      <DismissForm ctx={ctx} pair={p} page={result.page} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Pager
        t={t}
        locale={locale}
        page={result.page}
        hasNext={result.hasNext}
        href={(page) => pageHref(DUPLICATES_PATH, {}, page)}
      />
      <h2 id="by-address">{t('directory.duplicates.byAddress')}</h2>
      <p class="muted">{t('directory.duplicates.byAddress.lead')}</p>
      <form method="get" action={MERGE_PATH} aria-labelledby="by-address" novalidate>
        <TextField
          t={t}
          errors={errors}
          name="a"
          label={t('directory.duplicates.first')}
          hint={t('directory.duplicates.slug.hint')}
          value={lookup.a}
        />
        <TextField
          t={t}
          errors={errors}
          name="b"
          label={t('directory.duplicates.second')}
          value={lookup.b}
        />
        <p class="row">
          <button type="submit">{t('directory.duplicates.compare')}</button>
        </p>
      </form>
    </BackofficePage>
  );
}
