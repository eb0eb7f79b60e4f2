import { isSignedIn } from '../../../platform/authz';
import { pageHref } from '../../../platform/http/page-links';
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber } from '../../../platform/i18n';
import { SelectField } from '../../../platform/ui/choice-controls';
import { FilterForm } from '../../../platform/ui/filter-form';
import { Layout } from '../../../platform/ui/layout';
import { Pager } from '../../../platform/ui/pager';
import { PROGRAMME_KINDS } from '../contracts';
import type { ProgrammeRow } from '../db/programmes.repository';
import { canManageProgrammes, STAFF_PATH } from '../permissions';
import type { ProgrammePage } from '../services/programmes/programmes.queries';
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
      <h2>
        <a href={`${PUBLIC_PATH}/${programme.slug}`}>
          {inLocale(locale, programme.titleVi, programme.titleEn)}
        </a>
      </h2>
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
      <FilterForm t={t} action={path} class="row" isFiltered={Boolean(result.kind)}>
        <SelectField
          t={t}
          name="kind"
          label={t('programs.filter.kind')}
          value={result.kind}
          empty={t('programs.filter.any')}
          options={PROGRAMME_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
        />
      </FilterForm>
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
      <Pager
        t={t}
        locale={ctx.locale}
        page={result.page}
        pages={result.pages}
        href={(page) => listHref(path, result.kind, page)}
      />
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
