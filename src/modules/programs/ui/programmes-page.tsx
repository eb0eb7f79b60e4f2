import { isSignedIn } from '../../../platform/authz';
import { pageHref } from '../../../platform/http/paging';
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber } from '../../../platform/i18n';
import { Layout } from '../../../platform/ui/layout';
import { PROGRAMME_KINDS } from '../contracts';
import type { ProgrammeRow } from '../db/programmes.repository';
import { canManageProgrammes, STAFF_PATH } from '../permissions';
import type { ProgrammePage } from '../services/programmes.queries';
import { inLocale, kindLabel, statusLabel } from './labels';
import { REVIEWS_PATH } from './review-sheet-page';

export const PUBLIC_PATH = '/programs';

/** The list's address with a kind and a page (page 1 and "any kind" left out). */
export const listHref = (path: string, kind: string | undefined, page = 1) =>
  pageHref(path, { kind }, page);

export function ProgrammeCard({
  ctx,
  programme,
}: {
  ctx: RequestContext;
  programme: ProgrammeRow;
}) {
  const { t, locale } = ctx;
  const summary = inLocale(locale, programme.summaryVi, programme.summaryEn);
  return (
    <li class="card">
      <h3>
        <a href={`${PUBLIC_PATH}/${programme.slug}`}>
          {inLocale(locale, programme.titleVi, programme.titleEn)}
        </a>
      </h3>
      <p class="tags">
        <span class="badge">{kindLabel(t, programme.kind)}</span>
        {programme.status !== 'published' && (
          <span class="badge">{statusLabel(t, programme.status)}</span>
        )}
      </p>
      {summary && <p>{summary}</p>}
    </li>
  );
}

/** Kind filter, list and pages; shared by the public list and the staff list. */
export function ProgrammeList({
  ctx,
  result,
  path,
}: {
  ctx: RequestContext;
  result: ProgrammePage;
  path: string;
}) {
  const { t } = ctx;
  return (
    <>
      <form method="get" action={path} class="row" role="search">
        <div class="field">
          <label for="kind">{t('programs.filter.kind')}</label>
          <select id="kind" name="kind">
            <option value="">{t('programs.filter.any')}</option>
            {PROGRAMME_KINDS.map((k) => (
              <option value={k} selected={k === result.kind}>
                {kindLabel(t, k)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('common.filter')}</button>
      </form>
      <p role="status">
        {t('programs.list.count', { count: formatNumber(result.total, ctx.locale) })}
      </p>
      {result.rows.length === 0 ? (
        <p class="alert">{t(result.kind ? 'programs.list.noneOfKind' : 'programs.list.empty')}</p>
      ) : (
        <ul class="cards">
          {result.rows.map((p) => (
            <ProgrammeCard ctx={ctx} programme={p} />
          ))}
        </ul>
      )}
      {result.pages > 1 && (
        <nav aria-label={t('programs.list.pagination')} class="row pagination">
          {result.page > 1 && (
            <a href={listHref(path, result.kind, result.page - 1)} rel="prev">
              {t('common.previous')}
            </a>
          )}
          <span>{t('programs.list.page', { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages && (
            <a href={listHref(path, result.kind, result.page + 1)} rel="next">
              {t('common.next')}
            </a>
          )}
        </nav>
      )}
    </>
  );
}

export function ProgrammesPage({ ctx, result }: { ctx: RequestContext; result: ProgrammePage }) {
  const { t } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('programs.title')}
      path={listHref(PUBLIC_PATH, result.kind, result.page)}
    >
      <h1>{t('programs.title')}</h1>
      <p class="lead">{t('programs.lead')}</p>
      {canManageProgrammes(ctx.actor) && (
        <p>
          <a href={STAFF_PATH}>{t('programs.staff.manage')}</a>
        </p>
      )}
      {isSignedIn(ctx.actor) && (
        <p>
          <a href={REVIEWS_PATH}>{t('programs.review.mine')}</a>
        </p>
      )}
      <ProgrammeList ctx={ctx} result={result} path={PUBLIC_PATH} />
    </Layout>
  );
}
